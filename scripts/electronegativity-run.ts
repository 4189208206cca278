import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { engDisableFindings, findingsFromCsv, unjustifiedFindings, type Finding } from './electronegativity-findings';

/** The shipped code Electronegativity reads: main process, preload, web bridge, renderer and shared. */
export const AUDITED_FOLDERS = ['electron', 'renderer', 'shared'] as const;
const AUDITED_FILE = /\.(?:ts|tsx|js|html)$/;
// Tests, fixtures and test helpers never ship; the hostile corpus in particular is full of what the tool hunts.
const NOT_SHIPPED = /\.test\.tsx?$|\/__fixtures__\/|test-support\.ts$|\/test-server\.ts$/;

/** The whole scan, killed beyond this: the tool normally needs well under a minute. */
export const AUDIT_TIME_LIMIT_MS = 180_000;

export interface AuditReport {
  findings: Finding[];
  unjustified: Finding[];
}

async function filesUnder(root: string, folder: string): Promise<string[]> {
  const entries = await readdir(path.join(root, folder), { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => AUDITED_FILE.test(file) && !NOT_SHIPPED.test(file));
}

/**
 * Runs Electronegativity over a copy of the shipped sources (the tool cannot skip tests or the build output
 * itself, and it must see everything at once: its global checks, like "a CSP is set", look across files).
 * Its CSV goes to a pipe, not a file: the tool writes header and rows with two racing writeFile calls, and on a
 * file the header lands over the first row about one run in three; into a pipe both arrive whole. The pipe is
 * the shell's (Node's own stdio pipes are sockets, which /dev/fd cannot reopen), and the tool's exit status
 * comes back as the last line on stderr, since a pipeline's status is that of its last command.
 */
async function runElectronegativity(root: string, stage: string): Promise<string> {
  const report = path.join(stage, 'findings.csv');
  await symlink('/dev/fd/3', report);
  const tool = path.join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
  // AvailableSecurityFixesGlobalCheck downloads Electron's release list: offline it only stalls, and online it
  // would make the audit's answer depend on the day; Electron's version is pinned in package.json instead.
  const args = [process.execPath, tool, '-i', path.join(stage, 'src'), '-o', report, '-r', '-x', 'AvailableSecurityFixesGlobalCheck'];
  const script = '{ "$@" 3>&1 1>&2; echo "exit $?" >&2; } | cat';
  // Its own process group, so the time limit ends the tool and not only the shell around it.
  const child = spawn('sh', ['-c', script, 'sh', ...args], { cwd: stage, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
  }, AUDIT_TIME_LIMIT_MS);
  let csv = '';
  let log = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (csv += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (log += chunk));
  await new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', () => resolve());
  }).finally(() => clearTimeout(timer));
  const status = /exit (\d+)\s*$/.exec(log)?.[1];
  if (timedOut || status !== '0') {
    const why = timedOut ? `was stopped after ${AUDIT_TIME_LIMIT_MS / 1000} s` : `exited with ${status ?? 'no status'}`;
    throw new Error(`Electronegativity ${why}:\n${log.trim()}`);
  }
  return csv;
}

/** Every Electronegativity finding on the project, and those of high or medium severity with no justification beside the code. */
export async function auditElectron(root: string): Promise<AuditReport> {
  const stage = await mkdtemp(path.join(os.tmpdir(), 'copydesk-electronegativity-'));
  try {
    const files = (await Promise.all(AUDITED_FOLDERS.map((folder) => filesUnder(root, folder)))).flat();
    const sources = new Map<string, string>();
    for (const file of [...files, 'package.json']) {
      const target = path.join(stage, 'src', file);
      await mkdir(path.dirname(target), { recursive: true });
      await copyFile(path.join(root, file), target);
      sources.set(file, await readFile(target, 'utf8'));
    }
    const csv = await runElectronegativity(root, stage);
    const findings = [...findingsFromCsv(csv, 'Electronegativity report'), ...[...sources].flatMap(([file, text]) => engDisableFindings(file, text))];
    const linesOf = (file: string) => sources.get(file)?.split('\n') ?? [];
    return { findings, unjustified: unjustifiedFindings(findings, linesOf) };
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
}
