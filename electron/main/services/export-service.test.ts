import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_EXPORT_RECORDS } from '../../../shared/domain/model';
import { cleanDraft, flawedDraft, withExportServices } from './export-test-support';
import type { PickExportTarget } from './export-targets';

describe('export.check and export.draft', () => {
  it('lists a draft’s problems with stable ids, and renders it in memory', async () => {
    await withExportServices(async ({ call }) => {
      const flawed = await flawedDraft(call, 'Bridge plan approved');
      const first = await call('export.check', { id: flawed.id });
      expect(first.problems.map((p) => p.kind)).toEqual(['doubled-spaces']);
      expect((await call('export.check', { id: flawed.id })).problems[0]!.id).toBe(first.problems[0]!.id);
      const clean = await cleanDraft(call, 'Bridge plan approved');
      expect(await call('export.check', { id: clean.id })).toEqual({ problems: [], complete: true });
      const file = await call('export.draft', { id: clean.id, format: 'txt' });
      expect(file).toMatchObject({ filename: 'bridge-plan-approved.txt', encoding: 'utf8' });
      expect(file.content).toContain('Councillors approved the bridge plan on Tuesday.');
      await expect(call('export.check', { id: 'nope' })).rejects.toMatchObject({ code: 'not-found' });
    });
  });
});

describe('export.write', () => {
  it('writes the file, records it without a new revision, marks the draft exported; an autosave after it keeps both', async () => {
    await withExportServices(async ({ call, services, out }) => {
      const draft = await cleanDraft(call, 'Bridge plan approved');
      const changes: string[] = [];
      services.events.on('library.changed', ({ reason }) => changes.push(reason));
      const target = path.join(out, 'bridge.html');
      const record = await call('export.write', { id: draft.id, format: 'html', path: target });
      const html = await readFile(target, 'utf8');
      expect(html).toContain('Councillors approved the bridge plan on Tuesday.');
      expect(record).toMatchObject({ draftId: draft.id, title: 'Bridge plan approved', format: 'html', path: target, bytes: Buffer.byteLength(html), revision: draft.revision });
      expect(changes).toEqual(['draft-exported']);

      const stored = await call('drafts.get', { id: draft.id });
      expect(stored).toMatchObject({ status: 'exported', revision: draft.revision, updatedAt: draft.updatedAt });
      expect(stored.exports).toEqual([{ at: record.at, format: 'html', path: target, bytes: record.bytes, revision: draft.revision }]);
      // Lists stay light: the history is the draft's, not its summary's.
      expect((await call('drafts.list'))[0]).not.toHaveProperty('exports');
      expect((await call('library.list', {})).drafts[0]).toMatchObject({ status: 'exported' });
      expect((await call('library.list', {})).drafts[0]).not.toHaveProperty('exports');

      // The editor opened at the draft's revision autosaves after the export: no conflict, history and status kept.
      const saved = await call('drafts.save', { id: draft.id, storyId: null, title: draft.title, content: '{}', text: `${draft.text}\nOne more line.`, baseRevision: draft.revision });
      expect(saved).toMatchObject({ revision: draft.revision + 1, status: 'exported', exports: stored.exports });
      expect(await readdir(out)).toEqual(['bridge.html']);
    });
  });

  it('keeps the newest MAX_EXPORT_RECORDS records', async () => {
    await withExportServices(async ({ call, out }) => {
      const draft = await cleanDraft(call, 'Bridge plan approved');
      const target = path.join(out, 'bridge.txt');
      for (let i = 0; i < MAX_EXPORT_RECORDS + 3; i += 1) await call('export.write', { id: draft.id, format: i % 2 ? 'md' : 'txt', path: target, ifExists: 'replace' });
      const { exports } = await call('drafts.get', { id: draft.id });
      expect(exports).toHaveLength(MAX_EXPORT_RECORDS);
      // Records 0..52 were written alternately txt, md; the first three (txt, md, txt) were dropped.
      expect(exports[0]!.format).toBe('md');
      expect(exports.at(-1)!.format).toBe('txt');
    });
  });

  it("refuses unreviewed problems ('needs-review' with the problems) and writes once they are waived", async () => {
    await withExportServices(async ({ call, out }) => {
      const draft = await flawedDraft(call, 'Bridge plan approved');
      const target = path.join(out, 'bridge.txt');
      const refused = await call('export.write', { id: draft.id, format: 'txt', path: target }).catch((error: unknown) => error);
      expect(refused).toMatchObject({ code: 'needs-review', message: expect.stringContaining('1 problem not reviewed (Paragraph 1: Double space') });
      const { problems } = (refused as { details: { problems: { id: string }[] } }).details;
      expect(problems).toHaveLength(1);
      expect(await readdir(out)).toEqual([]);
      expect((await call('drafts.get', { id: draft.id })).status).toBe('draft');
      await call('export.write', { id: draft.id, format: 'txt', path: target, waived: problems.map((p) => p.id) });
      expect(await readFile(target, 'utf8')).toContain('Councillors  approved');
    });
  });

  it("'ask' answers 'exists' with the numbered name, 'number' then writes it; the existing file stays", async () => {
    await withExportServices(async ({ call, out }) => {
      const draft = await cleanDraft(call, 'Bridge plan approved');
      const target = path.join(out, 'bridge.ninjs.json');
      await writeFile(target, 'theirs');
      await expect(call('export.write', { id: draft.id, format: 'ninjs', path: target })).rejects.toMatchObject({
        code: 'exists',
        details: { path: target, numbered: path.join(out, 'bridge-2.ninjs.json') },
      });
      expect((await call('drafts.get', { id: draft.id })).exports).toEqual([]);
      const record = await call('export.write', { id: draft.id, format: 'ninjs', path: target, ifExists: 'number' });
      expect(record.path).toBe(path.join(out, 'bridge-2.ninjs.json'));
      expect(JSON.parse(await readFile(record.path, 'utf8'))).toMatchObject({ headlines: [{ value: 'Bridge plan approved' }] });
      expect(await readFile(target, 'utf8')).toBe('theirs');
    });
  });

  it('refuses relative paths and NUL, and fails a vanished folder with nothing recorded', async () => {
    await withExportServices(async ({ call, out }) => {
      const draft = await cleanDraft(call, 'Bridge plan approved');
      await expect(call('export.write', { id: draft.id, format: 'txt', path: 'bridge.txt' })).rejects.toMatchObject({ code: 'invalid-input' });
      await expect(call('export.write', { id: draft.id, format: 'txt', path: `${out}/a\0b.txt` })).rejects.toMatchObject({ code: 'invalid-input' });
      const gone = path.join(out, 'gone', 'bridge.txt');
      await expect(call('export.write', { id: draft.id, format: 'txt', path: gone })).rejects.toMatchObject({ code: 'write-failed', message: expect.stringContaining('no longer exists') });
      expect(await call('drafts.get', { id: draft.id })).toMatchObject({ status: 'draft', exports: [] });
    });
  });

  it('says so when the file was written but the store could not record it', async () => {
    let refuse = false;
    await withExportServices(
      async ({ call, out }) => {
        const draft = await cleanDraft(call, 'Bridge plan approved');
        refuse = true;
        const target = path.join(out, 'bridge.txt');
        await expect(call('export.write', { id: draft.id, format: 'txt', path: target })).rejects.toMatchObject({
          code: 'store-unwritable',
          message: expect.stringContaining(`${target} was written, but not added to the draft's export history`),
          details: { path: target },
        });
        expect(await readdir(out)).toEqual(['bridge.txt']);
        refuse = false;
        expect(await call('drafts.get', { id: draft.id })).toMatchObject({ status: 'draft', exports: [] });
      },
      {
        store: {
          writer: async (file, text) => {
            if (refuse) throw Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' });
            await writeFile(file, text);
          },
        },
      },
    );
  });

  it('writes Word files as bytes', async () => {
    await withExportServices(async ({ call, out }) => {
      const draft = await cleanDraft(call, 'Bridge plan approved');
      const record = await call('export.write', { id: draft.id, format: 'docx', path: path.join(out, 'bridge.docx') });
      const bytes = await readFile(record.path);
      // A .docx is a zip: "PK" and the size recorded is the file's.
      expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
      expect(record.bytes).toBe(bytes.byteLength);
      const inMemory = await call('export.draft', { id: draft.id, format: 'docx' });
      expect(inMemory.encoding).toBe('base64');
    });
  });
});

describe('export.pickTarget and grants (Electron)', () => {
  it('without native dialogs answers unavailable, and any absolute path may be written', async () => {
    await withExportServices(async ({ call, out }) => {
      await expect(call('export.pickTarget', { kind: 'file' })).rejects.toMatchObject({ code: 'unavailable' });
      expect(await call('app.info')).toMatchObject({ exportDir: out });
    });
  });

  it('opens the dialog in the export folder with the suggested name, and writes only where the user chose', async () => {
    const requests: Parameters<PickExportTarget>[0][] = [];
    let answer: string | null = null;
    const pickExportTarget: PickExportTarget = async (request) => {
      requests.push(request);
      return answer;
    };
    await withExportServices(
      async ({ call, out }) => {
        const draft = await cleanDraft(call, 'Bridge plan approved');
        const chosen = path.join(out, 'chosen.html');
        const elsewhere = path.join(out, 'elsewhere.html');
        await expect(call('export.write', { id: draft.id, format: 'html', path: chosen })).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringContaining('save dialog') });

        expect(await call('export.pickTarget', { kind: 'file', format: 'html', suggestedName: '../../etc/bridge.html' })).toEqual({ path: null });
        expect(requests[0]).toMatchObject({ kind: 'file', defaultPath: path.join(out, '.. .. etc bridge.html'), filter: { extension: 'html' } });
        answer = chosen;
        expect(await call('export.pickTarget', { kind: 'file', format: 'html' })).toEqual({ path: chosen });
        expect(requests[1]).toMatchObject({ defaultPath: path.join(out, 'untitled.html') });

        await call('export.write', { id: draft.id, format: 'html', path: chosen });
        expect((await call('export.write', { id: draft.id, format: 'html', path: chosen, ifExists: 'number' })).path).toBe(path.join(out, 'chosen-2.html'));
        await expect(call('export.write', { id: draft.id, format: 'html', path: elsewhere })).rejects.toMatchObject({ code: 'invalid-input' });
        await expect(call('export.batch', { drafts: [draft.id], formats: ['txt'], folder: out })).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringContaining('folder dialog') });

        answer = out;
        expect(await call('export.pickTarget', { kind: 'folder' })).toEqual({ path: out });
        expect(requests[2]).toMatchObject({ kind: 'folder', defaultPath: out, filter: null });
        expect((await call('export.batch', { drafts: [draft.id], formats: ['txt'], folder: out })).written).toHaveLength(1);
        expect((await readdir(out)).sort()).toEqual(['bridge-plan-approved.txt', 'chosen-2.html', 'chosen.html']);
      },
      { pickExportTarget },
    );
  });
});
