import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { TOKEN_HEADER, WEB_READY_PREFIX } from '../../shared/api/http';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');

function startServer(dataDir: string, args: string[] = []) {
  const child = spawn(tsx, [path.join(repoRoot, 'electron', 'web', 'serve.ts'), ...args], {
    cwd: repoRoot,
    env: { ...process.env, COPYDESK_DATA_DIR: dataDir, COPYDESK_PORT: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const firstLine = new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      lines.push(line);
      resolve(line);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  // Awaited only by tests that expect the server to start.
  firstLine.catch(() => {});
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, firstLine, exited, lines, stderr: () => stderr };
}

describe('npm run web (electron/web/serve.ts)', () => {
  it('prints one ready line with the URL and token, serves the API, and exits cleanly on SIGTERM', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-serve-'));
    try {
      const server = startServer(dataDir, ['--port', '0']);
      const line = await server.firstLine;
      expect(line.startsWith(WEB_READY_PREFIX)).toBe(true);
      const url = new URL(line.slice(WEB_READY_PREFIX.length));
      expect(url.hostname).toBe('127.0.0.1');
      const token = url.searchParams.get('token') ?? '';
      expect(token.length).toBeGreaterThanOrEqual(32);

      const status = await fetch(new URL('/api/store.status', url), { method: 'POST', headers: { [TOKEN_HEADER]: token }, body: '{}' });
      expect(await status.json()).toMatchObject({ ok: true, value: { dataDir, writable: true } });

      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      expect(server.lines).toHaveLength(1);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('refuses a port that is not a number', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-serve-'));
    try {
      const server = startServer(dataDir, ['--port', 'eighty']);
      expect(await server.exited).toBe(1);
      expect(server.stderr()).toContain('--port must be a port number');
      expect(server.lines).toEqual([]);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
