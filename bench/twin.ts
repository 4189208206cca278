import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { WEB_READY_PREFIX } from '../shared/api/http';

// What the browser-twin benches share: building the renderer if needed, starting `tsx electron/web/serve.ts`
// on a fresh data folder, and a headless Debian Chromium to drive it.

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export async function ensureRendererBuilt(): Promise<void> {
  if (existsSync(path.join(root, 'dist', 'renderer', 'index.html'))) return;
  process.stderr.write('  building the renderer (dist/renderer is missing)…\n');
  await promisify(execFile)(bin('vite'), ['build', '--config', 'renderer/vite.config.ts'], { cwd: root, maxBuffer: 16 * 1024 * 1024 });
}

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });

export interface Twin {
  process: ChildProcess;
  /** Resolves with the URL (token included) once the server printed its ready line. */
  url: Promise<string>;
  stop: () => Promise<void>;
}

/** Starts the twin on a fresh temporary store; `stop` ends it and deletes the store. */
export async function startTwin(): Promise<Twin> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-bench-twin-'));
  const child = spawn(bin('tsx'), [path.join(root, 'electron', 'web', 'serve.ts')], {
    cwd: root,
    env: { ...process.env, COPYDESK_DATA_DIR: dataDir, COPYDESK_PORT: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.startsWith(WEB_READY_PREFIX)) resolve(line.slice(WEB_READY_PREFIX.length));
    });
    child.once('exit', (code) => reject(new Error(`the web server exited (${code}) before it was ready`)));
  });
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await rm(dataDir, { recursive: true, force: true });
  };
  return { process: child, url, stop };
}
