import { randomUUID } from 'node:crypto';
import { link, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ApiFailure } from '../../../shared/api/errors';
import { NO_HARD_LINKS } from './atomic-write';

/**
 * A short exclusive lock on one store file, shared by every process using the data folder (the app, a second
 * app window's process, the CLI). It is held only across "check the file, compute, write, rename", so it
 * closes the window in which two processes could both read version N and both write N+1.
 */

/** A lock older than this is a crashed writer's: the longest legitimate hold is one big index write (~1-2 s). */
export const LOCK_STALE_MS = 30_000;
/** How long a writer waits for another process's lock before giving up with a clear message. */
export const LOCK_WAIT_MS = 15_000;

export interface LockOptions {
  staleMs?: number;
  waitMs?: number;
  /** Whether a process of this machine is running (tests fake a dead holder). */
  isAlive?: (pid: number) => boolean;
}

interface Holder {
  text: string;
  pid: number | undefined;
  host: string | undefined;
  ageMs: number;
}

/** Beside the file, hidden, and not ending in ".json", so listings of store files never meet it. */
export const lockFileOf = (file: string): string => path.join(path.dirname(file), `.${path.basename(file)}.lock`);

const errorCode = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | undefined)?.code;

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return errorCode(error) === 'EPERM';
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Who holds the lock, or undefined when it vanished while we looked. */
async function readHolder(lock: string): Promise<Holder | undefined> {
  try {
    const [text, stats] = await Promise.all([readFile(lock, 'utf8'), stat(lock)]);
    // A holder killed between creating the file and writing it leaves it empty: only its age tells.
    const [pid, host] = text.split('\n');
    const parsedPid = Number(pid);
    return { text, pid: Number.isInteger(parsedPid) && parsedPid > 0 ? parsedPid : undefined, host, ageMs: Date.now() - stats.mtimeMs };
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Takes a crashed writer's lock away. Renamed first, so that of two processes breaking it only one succeeds;
 * if what was renamed is not the lock judged stale (its holder finished and a live one took it meanwhile), it
 * is put back with link(), which never replaces a lock taken in the meantime.
 */
async function breakLock(lock: string, judged: Holder): Promise<void> {
  const aside = `${lock}.stale-${process.pid}-${randomUUID()}`;
  try {
    await rename(lock, aside);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return;
    throw error;
  }
  try {
    if ((await readFile(aside, 'utf8')) !== judged.text) await link(aside, lock).catch(() => {});
  } finally {
    await rm(aside, { force: true });
  }
}

let lockTemps = 0;

/**
 * Creates the lock file holding `token`, or fails with EEXIST when it exists. The token is written beside it
 * first and hard-linked into place, so the lock never exists empty: a writer killed between creating the
 * file and filling it would leave a lock whose holder nobody can ask about, blocking the file until it is
 * stale (found by the SIGKILL loops, crash-import.test.ts). The temporary name is the atomic writer's, so a
 * kill before its removal leaves a file the next start deletes. Disks without hard links create the lock
 * directly, with that small window.
 */
async function createLock(lock: string, token: string): Promise<void> {
  lockTemps += 1;
  const temp = `${lock}.${process.pid}.${lockTemps}.tmp`;
  await writeFile(temp, token);
  try {
    await link(temp, lock);
  } catch (error) {
    if (errorCode(error) === 'EEXIST' || !NO_HARD_LINKS.has(errorCode(error) ?? '')) throw error;
    await writeFile(lock, token, { flag: 'wx' });
  } finally {
    await rm(temp, { force: true });
  }
}

/** Creates the lock; its text (the token to release it with), or null when the folder cannot hold one. */
async function acquire(file: string, lock: string, options: LockOptions): Promise<string | null> {
  const { staleMs = LOCK_STALE_MS, waitMs = LOCK_WAIT_MS, isAlive = processAlive } = options;
  const token = `${process.pid}\n${os.hostname()}\n${randomUUID()}`;
  const deadline = Date.now() + waitMs;
  for (let delay = 1; ; delay = Math.min(delay * 2, 50)) {
    try {
      await createLock(lock, token);
      return token;
    } catch (error) {
      // A vanished or read-only folder: the write itself fails next and the store's health reports it.
      if (errorCode(error) !== 'EEXIST') return null;
    }
    const holder = await readHolder(lock);
    if (!holder) continue;
    // Only a process of this machine can be asked whether it still runs; one elsewhere (a shared folder) by age.
    const crashed = holder.pid !== undefined && holder.host === os.hostname() && !isAlive(holder.pid);
    if (crashed || holder.ageMs > staleMs) {
      await breakLock(lock, holder);
      continue;
    }
    if (Date.now() > deadline) {
      const who = holder.pid !== undefined ? `another Copydesk process (pid ${holder.pid}${holder.host && holder.host !== os.hostname() ? ` on ${holder.host}` : ''})` : 'another Copydesk process';
      throw new ApiFailure('store-unwritable', `Could not save ${file}: ${who} has been writing it for ${Math.round(holder.ageMs / 1000)} s. Nothing was changed; try again.`, { file });
    }
    await sleep(delay);
  }
}

/** Releases only our own lock: one broken as stale and retaken by another process is theirs now. */
async function release(lock: string, token: string): Promise<void> {
  try {
    if ((await readFile(lock, 'utf8')) === token) await rm(lock, { force: true });
  } catch {
    // Already gone: nothing to release.
  }
}

/** Runs `task` holding `file`'s lock. */
export async function withFileLock<T>(file: string, task: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const lock = lockFileOf(file);
  const token = await acquire(file, lock, options);
  try {
    return await task();
  } finally {
    if (token !== null) await release(lock, token);
  }
}
