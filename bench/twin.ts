import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { makeDataDir, startTwin } from '../e2e/fixtures/twin';
import { CHROMIUM_ARGS } from '../playwright.config';

// What the browser-twin benches share with each other and with the e2e suite: the same twin starter and
// Chromium flags; here also building the renderer when it is missing and deleting the store afterwards.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function ensureRendererBuilt(): Promise<void> {
  if (existsSync(path.join(root, 'dist', 'renderer', 'index.html'))) return;
  process.stderr.write('  building the renderer (dist/renderer is missing)…\n');
  const vite = path.join(root, 'node_modules', '.bin', 'vite');
  await promisify(execFile)(vite, ['build', '--config', 'renderer/vite.config.ts'], { cwd: root, maxBuffer: 16 * 1024 * 1024 });
}

export const launchChromium = (extraArgs: readonly string[] = []): Promise<Browser> =>
  chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });

/** The twin on a fresh temporary store; `stop` ends it and deletes the store. */
export async function startBenchTwin(): Promise<{ url: string; stop: () => Promise<void> }> {
  const dataDir = await makeDataDir();
  const twin = await startTwin(dataDir);
  return {
    url: twin.url,
    stop: async () => {
      await twin.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
