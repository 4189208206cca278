import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../shared/api/errors';
import { TOKEN_HEADER } from '../../shared/api/http';
import type { Library } from '../../shared/api/contract';
import { CONTENT_SECURITY_POLICY, HEADER_ONLY_DIRECTIVES } from '../../shared/security/csp';
import { startTestServer } from './test-server';

const TOKEN = 'test-token-0123456789';
const resourcesDir = path.resolve(import.meta.dirname, '..', '..', 'resources');

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let port: number;
let stop: () => Promise<void>;
let root: string;

function send(options: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const callApi = (method: string, body: string, headers: Record<string, string> = { [TOKEN_HEADER]: TOKEN }) =>
  send({ method: 'POST', path: `/api/${method}`, headers: { 'content-type': 'application/json', ...headers }, body });
const resultOf = (reply: Reply) => JSON.parse(reply.body) as ApiResult<unknown>;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'copydesk-web-'));
  const staticDir = path.join(root, 'renderer');
  await mkdir(path.join(staticDir, 'assets'), { recursive: true });
  await writeFile(path.join(staticDir, 'index.html'), '<!doctype html><title>Copydesk</title>');
  await writeFile(path.join(staticDir, 'assets', 'app.js'), 'console.log(1);');
  await writeFile(path.join(root, 'secret.txt'), 'outside the static folder');
  await symlink(path.join(root, 'secret.txt'), path.join(staticDir, 'assets', 'link.txt'));
  ({ port, stop } = await startTestServer({ root, staticDir, resourcesDir, token: TOKEN, maxBodyBytes: 1024 * 1024 }));
}, 60_000); // the services open a fresh store and import the sample: well over the default 10 s on a busy machine

afterAll(async () => {
  await stop();
  await rm(root, { recursive: true, force: true });
});

describe('the API behind the token and origin checks', () => {
  it('refuses a call without the token, or with a wrong one, with 401 and an ApiResult', async () => {
    for (const headers of [{}, { [TOKEN_HEADER]: 'wrong' }] as Record<string, string>[]) {
      const reply = await callApi('store.status', '{}', headers);
      expect(reply.status).toBe(401);
      expect(resultOf(reply)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
  });

  it('refuses a call from another origin with 403', async () => {
    const reply = await callApi('store.status', '{}', { [TOKEN_HEADER]: TOKEN, origin: 'http://evil.example' });
    expect(reply.status).toBe(403);
    expect(resultOf(reply)).toMatchObject({ ok: false, error: { code: 'forbidden-origin' } });
    const own = await callApi('store.status', '{}', { [TOKEN_HEADER]: TOKEN, origin: `http://127.0.0.1:${port}` });
    expect(resultOf(own).ok).toBe(true);
  });

  it('refuses a request addressed to another host name (DNS rebinding)', async () => {
    const reply = await callApi('store.status', '{}', { [TOKEN_HEADER]: TOKEN, host: `rebind.example:${port}` });
    expect(reply.status).toBe(403);
    expect(resultOf(reply)).toMatchObject({ error: { code: 'forbidden-origin' } });
  });

  it('answers malformed JSON with 400 invalid-input, and a wrong shape with invalid-input naming the field', async () => {
    const malformed = await callApi('library.list', '{"query": ');
    expect(malformed.status).toBe(400);
    expect(resultOf(malformed)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const wrongShape = await callApi('library.list', '{"query": 42}');
    expect(resultOf(wrongShape)).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('query') } });
    const unknown = await callApi('library.drop', '{}');
    expect(resultOf(unknown)).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
  });

  it('refuses a body over the limit with 413', async () => {
    const reply = await callApi('import.text', JSON.stringify({ text: 'x'.repeat(2 * 1024 * 1024) }));
    expect(reply.status).toBe(413);
    expect(resultOf(reply)).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });

  it('round-trips import.sample and library.list', async () => {
    const imported = resultOf(await callApi('import.sample', '{}'));
    // First start already imported the sample: a second import finds only duplicates.
    expect(imported).toMatchObject({ ok: true, value: { imported: [], failed: [] } });
    const listed = resultOf(await callApi('library.list', '{}')) as ApiResult<Library>;
    if (!listed.ok) throw new Error(listed.error.message);
    expect(listed.value.copies.length).toBeGreaterThan(0);
    expect(listed.value.copies.every((c) => c.origin.source === 'sample:daily8-met-lfr.txt')).toBe(true);
    expect(listed.value.copies.map((c) => c.id).sort()).toEqual(
      ((imported as { value: { duplicates: { existingId: string }[] } }).value.duplicates.map((d) => d.existingId)).sort(),
    );
  });
});

describe('static files', () => {
  it('serves the renderer with the Electron CSP and safe headers', async () => {
    const page = await send({ path: '/' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Copydesk</title>');
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY + HEADER_ONLY_DIRECTIVES);
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    const script = await send({ path: '/assets/app.js' });
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.body).toBe('console.log(1);');
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/assets/%2e%2e%5c..%5csecret.txt', '/assets/link.txt', '/%00', '/assets'])(
    'refuses %s',
    async (target) => {
      const reply = await send({ path: target });
      expect(reply.status).toBe(404);
      expect(reply.body).not.toContain('outside the static folder');
    },
  );
});

describe('events', () => {
  it('needs the token', async () => {
    expect((await send({ path: '/events' })).status).toBe(401);
  });

  it('streams service events as server-sent events', async () => {
    const received = new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: `/events?token=${TOKEN}` }, (res) => {
        expect(res.headers['content-type']).toBe('text/event-stream; charset=utf-8');
        let text = '';
        res.on('data', (chunk: Buffer) => {
          text += chunk.toString('utf8');
          if (text.includes('event: library.changed')) {
            resolve(text);
            req.destroy();
          }
        });
        // Once connected, cause an event.
        void callApi('import.text', JSON.stringify({ text: 'Headline\n\nA brand new paragraph of copy for the test.', source: 'sse.txt' }));
      });
      req.on('error', reject);
      req.end();
    });
    const text = await received;
    expect(text).toMatch(/event: import\.progress\ndata: \{"done":0,"total":1,"current":"sse\.txt"\}\n\n/);
    expect(text).toMatch(/event: library\.changed\ndata: \{"reason":"import"\}\n\n/);
  });
});
