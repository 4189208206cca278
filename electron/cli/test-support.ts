import { spawn } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface CliRun {
  status: number | null;
  out: string;
  err: string;
}

/**
 * The real CLI (`copydesk call <method> <json>`) in its own process on `dataDir`: a second writer beside the
 * app or the twin under test, as a script on the same machine would be.
 */
export function runCliCall(dataDir: string, method: string, input: object): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', 'call', method, JSON.stringify(input)], {
      cwd: ROOT,
      env: { ...process.env, COPYDESK_DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (status) => resolve({ status, out, err }));
  });
}

/** The call's answer, parsed; a failed call throws with the CLI's own message. */
export async function cliCallValue<T>(dataDir: string, method: string, input: object): Promise<T> {
  const { status, out, err } = await runCliCall(dataDir, method, input);
  if (status !== 0) throw new Error(`copydesk call ${method} exited ${status}: ${err}`);
  return JSON.parse(out) as T;
}
