import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/errors';
import { TOKEN_HEADER } from '../../shared/api/http';
import { base64, wireStory } from '../main/services/import-test-support';
import { startTestServer } from './test-server';

// import.files through the browser twin's HTTP bridge, on the real pipeline (worker thread included).

const TOKEN = 'import-test-token-0123456789';
let root = '';
let port = 0;
let stop: () => Promise<void>;

function post(method: string, body: unknown): Promise<ApiResult<unknown>> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method: 'POST', path: `/api/${method}`, headers: { 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as ApiResult<unknown>));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'copydesk-web-import-'));
  await mkdir(path.join(root, 'renderer'), { recursive: true });
  ({ port, stop } = await startTestServer({ root, staticDir: path.join(root, 'renderer'), resourcesDir: path.join(root, 'none'), token: TOKEN }));
});

afterAll(async () => {
  await stop();
  await rm(root, { recursive: true, force: true });
});

describe('import.files through the web bridge', () => {
  it('imports the good file, names the bad one, and says import.pick is not available here', async () => {
    const result = await post('import.files', {
      files: [
        { name: 'story.txt', dataBase64: base64(wireStory('lighthouse')) },
        { name: 'fake.docx', dataBase64: base64('plain text pretending') },
      ],
    });
    expect(result.ok).toBe(true);
    const report = (result as { ok: true; value: ImportReport }).value;
    expect(report.imported.map((c) => [c.origin.source, c.headline])).toEqual([['story.txt', 'Lighthouse plan approved after long debate']]);
    expect(report.failed).toEqual([{ source: 'fake.docx', message: expect.stringMatching(/^fake\.docx: not a Word document/) }]);
    expect(await post('import.pick', { kind: 'folder' })).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(await post('app.info', {})).toMatchObject({ ok: true, value: { shell: 'web', nativeDialogs: false } });
  });
});
