import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from '@playwright/test';
import { WEB_READY_PREFIX } from '../shared/api/http';
import { below, type BenchSuite } from './row';

// The browser twin from a cold start: spawn `tsx electron/web/serve.ts` on a fresh data folder, open the
// printed URL in Chromium, and wait until the library lists a copy of the sample (imported on first start).
// The browser is launched before the clock starts: its own start-up is not Copydesk's.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const TIMEOUT_MS = 60_000;
const LIBRARY_ROW = '[data-testid="library-copy"], [data-testid="library-story"]';

async function ensureRendererBuilt(): Promise<void> {
  if (existsSync(path.join(root, 'dist', 'renderer', 'index.html'))) return;
  process.stderr.write('  building the renderer (dist/renderer is missing)…\n');
  await promisify(execFile)(bin('vite'), ['build', '--config', 'renderer/vite.config.ts'], { cwd: root, maxBuffer: 16 * 1024 * 1024 });
}

function readyUrl(child: ReturnType<typeof spawn>): Promise<string> {
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.startsWith(WEB_READY_PREFIX)) resolve(line.slice(WEB_READY_PREFIX.length));
    });
    child.once('exit', (code) => reject(new Error(`the web server exited (${code}) before it was ready`)));
  });
}

export const rows: BenchSuite = async () => {
  await ensureRendererBuilt();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-bench-web-'));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  let server: ReturnType<typeof spawn> | undefined;
  try {
    const page = await browser.newPage();
    const started = performance.now();
    server = spawn(bin('tsx'), [path.join(root, 'electron', 'web', 'serve.ts')], {
      cwd: root,
      env: { ...process.env, COPYDESK_DATA_DIR: dataDir, COPYDESK_PORT: '' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const url = await readyUrl(server);
    const ready = performance.now() - started;
    await page.goto(url);
    // A library row: the renderer lists copies, or stories (collapsed) holding them.
    await page.locator(LIBRARY_ROW).first().waitFor({ state: 'visible', timeout: TIMEOUT_MS });
    const listed = performance.now() - started;
    return [
      below('web: spawn to server ready (first start, sample imported)', ready, 'ms', 5000),
      below('web: spawn to the library listing the sample in Chromium', listed, 'ms', 8000),
    ];
  } finally {
    await browser.close();
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server!.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    await rm(dataDir, { recursive: true, force: true });
  }
};
