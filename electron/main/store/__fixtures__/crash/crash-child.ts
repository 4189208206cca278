import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { build } from 'esbuild';
import { isWriting, type ChildConfig } from './crash-protocol';
import type { KillPlan } from './crash-random';

/**
 * Starts crash children and kills them. Each child entry is bundled once per test file with esbuild (like
 * scripts/build-electron.mjs bundles the app), so a spawn costs a plain `node` start rather than a tsx
 * compile: the loops spawn up to 200 of them. Test helper only.
 */

export interface ChildBundle {
  file: string;
  dispose: () => Promise<void>;
}

/** For the hook that bundles: a few seconds on a busy machine, past vitest's default hook timeout. */
export const BUNDLE_TIMEOUT_MS = 60_000;

export async function bundleChild(entry: string): Promise<ChildBundle> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-crash-bundle-'));
  const file = path.join(dir, `${path.basename(entry, '.ts')}.mjs`);
  // ESM output keeps import.meta.url working; nothing on these paths loads the externals.
  await build({ entryPoints: [entry], outfile: file, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'error', external: ['electron', 'jsdom', 'canvas', 'bufferutil', 'utf-8-validate'] });
  return { file, dispose: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * Runs the bundled child with `config`, kills it with SIGKILL (no chance to finish a write or clean up) as
 * `plan` says, and waits until it is gone and its output read. A child that exits by itself failed: its
 * stderr is thrown. One that never reaches its planned n-th write is killed after 1 s + 60 ms a write.
 * Resolves to the lines the child printed.
 */
export function runAndKill(bundle: ChildBundle, config: ChildConfig, plan: KillPlan): Promise<{ lines: string[] }> {
  const told: ChildConfig = plan.kind === 'hold' ? { ...config, holdAtWrite: plan.n } : config;
  const child = spawn(process.execPath, [bundle.file, JSON.stringify(told)], { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let stderr = '';
  let killed = false;
  let ready = false;
  let writes = 0;
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const kill = () => {
    if (killed) return;
    killed = true;
    child.kill('SIGKILL');
  };
  const timers: NodeJS.Timeout[] = [];
  const killIn = (ms: number) => (ms < 1 ? kill() : timers.push(setTimeout(kill, ms)));
  createInterface({ input: child.stdout }).on('line', (text) => {
    lines.push(text);
    if (text === 'ready' && !ready) {
      ready = true;
      if (plan.kind === 'ready') killIn(plan.ms);
      // Fallbacks: a held write certainly comes (it may take long on a busy machine); an aimed one may not.
      else killIn(plan.kind === 'starting' ? 0 : plan.kind === 'hold' ? 60_000 : 1_000 + plan.n * 60);
    } else if (isWriting(text) && plan.kind === 'write' && ++writes === plan.n) killIn(plan.ms);
    else if (text === 'holding') kill();
  });
  if (plan.kind === 'starting') killIn(plan.ms);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    // 'close' (not 'exit'): every line the child wrote before dying has been read by then.
    child.once('close', (code, signal) => {
      for (const timer of timers) clearTimeout(timer);
      if (killed && signal === 'SIGKILL') resolve({ lines });
      else reject(new Error(`The crash child exited by itself (code ${code}, signal ${signal}):\n${stderr || '(no stderr)'}`));
    });
  });
}
