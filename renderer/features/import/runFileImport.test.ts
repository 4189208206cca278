import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/errors';
import type { CopySummary } from '../../../shared/domain/model';
import { emptyReport } from './importReport';
import { runFileImport, type FileImportDeps, type ImportProgress, type PickedFile, type UploadFile } from './runFileImport';

const file = (name: string, text: string): PickedFile => {
  const bytes = new TextEncoder().encode(text);
  return { name, size: bytes.length, arrayBuffer: async () => bytes.buffer.slice(0) as ArrayBuffer };
};

/** A fake import.files that "imports" each file as one copy whose id is the file's decoded text. */
function fakeServices(answer?: (files: UploadFile[]) => ApiResult<ImportReport>) {
  const calls: UploadFile[][] = [];
  const send = async (files: UploadFile[]): Promise<ApiResult<ImportReport>> => {
    calls.push(files);
    if (answer) return answer(files);
    const imported = files.map((f) => ({ id: Buffer.from(f.dataBase64, 'base64').toString('utf8') }) as CopySummary);
    return { ok: true, value: { ...emptyReport(), imported } };
  };
  return { calls, send };
}

const deps = (send: FileImportDeps['send'], patch: Partial<FileImportDeps> = {}): FileImportDeps => ({
  send,
  onProgress: () => {},
  isCancelled: () => false,
  pause: async () => {},
  maxFileBytes: null,
  limits: { maxFiles: 2, maxBytes: 1000 },
  ...patch,
});

describe('runFileImport', () => {
  it('sends every file once, in batches, with its bytes intact', async () => {
    const { calls, send } = fakeServices();
    const files = ['one', 'two', 'three ‘quoted’', 'four', 'five'].map((t, i) => file(`f${i}.txt`, t));
    const report = await runFileImport(files, deps(send));
    expect(calls.map((batch) => batch.map((f) => f.name))).toEqual([['f0.txt', 'f1.txt'], ['f2.txt', 'f3.txt'], ['f4.txt']]);
    expect(report.imported.map((c) => c.id)).toEqual(['one', 'two', 'three ‘quoted’', 'four', 'five']);
    expect(report.cancelled).toBe(false);
  });

  it('reports progress per file and per finished batch', async () => {
    const { send } = fakeServices();
    const seen: ImportProgress[] = [];
    await runFileImport([file('a', 'a'), file('b', 'b'), file('c', 'c')], deps(send, { onProgress: (p) => seen.push(p) }));
    expect(seen).toEqual([
      { done: 0, total: 3, current: 'a' },
      { done: 0, total: 3, current: 'b' },
      { done: 2, total: 3, current: '' },
      { done: 2, total: 3, current: 'c' },
      { done: 3, total: 3, current: '' },
    ]);
  });

  it('stops sending after a cancel and says so', async () => {
    const { calls, send } = fakeServices();
    let cancelled = false;
    const report = await runFileImport(
      ['a', 'b', 'c', 'd', 'e'].map((t) => file(t, t)),
      deps(async (files) => {
        cancelled = true;
        return send(files);
      }, { isCancelled: () => cancelled }),
    );
    expect(calls).toHaveLength(1);
    expect(report.imported.map((c) => c.id)).toEqual(['a', 'b']);
    expect(report.cancelled).toBe(true);
  });

  it('lists a file over the limit, an unreadable file and a refused batch as failed, and imports the rest', async () => {
    const { send } = fakeServices((files) =>
      files.some((f) => f.name === 'refused.txt')
        ? { ok: false, error: { code: 'unavailable', message: 'The service stopped.' } }
        : { ok: true, value: { ...emptyReport(), imported: files.map((f) => ({ id: f.name }) as CopySummary) } },
    );
    const vanished: PickedFile = { name: 'gone.txt', size: 3, arrayBuffer: () => Promise.reject(new Error('The file was moved.')) };
    const report = await runFileImport(
      [file('big.txt', 'x'.repeat(2048)), vanished, file('ok.txt', 'fine'), file('refused.txt', 'no')],
      deps(send, { maxFileBytes: 1024, limits: { maxFiles: 3, maxBytes: 10_000 } }),
    );
    expect(report.imported.map((c) => c.id)).toEqual(['ok.txt']);
    expect(report.failed).toEqual([
      { source: 'big.txt', message: 'big.txt: 2.0 KB is over the 1.0 KB import limit (Settings)' },
      { source: 'gone.txt', message: 'gone.txt could not be read: The file was moved.' },
      { source: 'refused.txt', message: 'The service stopped.' },
    ]);
  });
});
