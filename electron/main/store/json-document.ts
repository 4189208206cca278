import { rm } from 'node:fs/promises';
import { Low } from 'lowdb';
import type { AtomicWriter } from './atomic-write';
import type { FileFormat } from './file-format';
import { withFileLock } from './file-lock';
import { sameStamp, stampOf, type FileStamp } from './file-stamp';
import { DamagedFileError, JsonFileAdapter } from './json-file-adapter';
import { moveAside } from './move-aside';
import { SerialQueue } from './serial-queue';
import type { StoreHealth } from './store-health';

/**
 * One JSON file of the store, held in memory by lowdb. Changes are serialised, written first and applied to
 * memory only once the write succeeded, so memory never claims something the disk does not have. A damaged
 * file is moved aside (never overwritten) and the document starts from its empty value.
 *
 * Other processes (the CLI, a second app) may write the same file: the document remembers the stamp of the
 * version it last read or wrote, and every update first takes the file's cross-process lock and re-reads the
 * file if it changed, so `next` always runs on what is really stored (a stale draft save then fails its
 * revision check; an import appends to the index as it is now). `refresh` does the same check for readers.
 */
export class JsonDocument<T> {
  private readonly db: Low<T>;
  private readonly adapter: JsonFileAdapter<T>;
  private readonly queue = new SerialQueue();
  private seen: FileStamp | null = null;
  private present = false;
  /** Tasks queued or running: a refresh does not wait behind a write, which catches up by itself. */
  private busy = 0;
  private readonly reloadListeners: (() => void)[] = [];

  constructor(
    readonly file: string,
    format: FileFormat<T>,
    private readonly empty: () => T,
    private readonly health: StoreHealth,
    writer: AtomicWriter,
    private readonly now: () => Date,
  ) {
    this.adapter = new JsonFileAdapter(file, format, writer, health);
    this.db = new Low<T>(this.adapter, empty());
  }

  /** Reads the file; false when there was none to keep (missing, or damaged and moved aside). */
  async load(): Promise<boolean> {
    try {
      const { data, stamp } = await this.adapter.readStamped();
      this.seen = stamp;
      this.present = data !== null;
      if (data === null) return false;
      this.db.data = data;
      return true;
    } catch (error) {
      await this.setAside(error, 'Copydesk started this part afresh');
      this.db.data = this.empty();
      return false;
    }
  }

  /** Whether the file existed when last read or written (false once another process deleted it). */
  get onDisk(): boolean {
    return this.present;
  }

  /** The version of the file last read or written (null: none, or a damaged one set aside): what `refresh` compares. */
  get stamp(): FileStamp | null {
    return this.seen;
  }

  /** Called after the value was re-read because another process changed the file: derived state must follow. */
  onReload(listener: () => void): void {
    this.reloadListeners.push(listener);
  }

  /** The live value, for repositories that copy what they hand out. Never give this to a caller. */
  peek(): Readonly<T> {
    return this.db.data;
  }

  /** Re-reads the file if another process changed it since this one last read or wrote it; true if it did. */
  refresh(): Promise<boolean> {
    // A queued write re-reads the file anyway; waiting for it would hold up every reader behind a big import.
    if (this.busy > 0) return Promise.resolve(false);
    return this.run(() => this.catchUp());
  }

  /**
   * Computes the next value from the current one (without mutating it), writes it, and only then makes it
   * current. Returns the new value (live: copy it before handing it out). `next` may be async, to write files
   * the new value will point to before it is written, still inside this file's queue and lock.
   */
  update(next: (current: Readonly<T>) => T | Promise<T>): Promise<T> {
    return this.run(() =>
      withFileLock(this.file, async () => {
        await this.catchUp();
        const value = await next(this.db.data);
        // Written through the adapter before it becomes `data`, so a reader in the meantime (or after a failed
        // write) still sees only what is on disk.
        await this.adapter.write(value);
        // Still under the lock: no other process can have replaced the file since our rename.
        this.seen = await stampOf(this.file);
        this.present = true;
        this.db.data = value;
        return value;
      }),
    );
  }

  /** Deletes the file, after any write already queued for it. */
  remove(): Promise<void> {
    return this.run(() =>
      withFileLock(this.file, async () => {
        await this.health.write(this.file, () => rm(this.file, { force: true }));
        this.seen = null;
        this.present = false;
      }),
    );
  }

  /** Resolves when every queued write has finished. */
  flush(): Promise<void> {
    return this.queue.idle();
  }

  private async run<R>(task: () => Promise<R>): Promise<R> {
    this.busy += 1;
    try {
      return await this.queue.run(task);
    } finally {
      this.busy -= 1;
    }
  }

  /** Run inside the queue: one stat when nothing changed, a read when another process wrote. */
  private async catchUp(): Promise<boolean> {
    if (sameStamp(await stampOf(this.file), this.seen)) return false;
    try {
      const { data, stamp } = await this.adapter.readStamped();
      this.seen = stamp;
      // Deleted elsewhere: what is stored now is nothing, and `onDisk` tells the repositories so.
      this.present = data !== null;
      this.db.data = data ?? this.empty();
    } catch (error) {
      // Memory still holds the last good value, which the next update writes back in place of the damaged file.
      await this.setAside(error, 'Copydesk kept the version it had read before');
      this.seen = null;
    }
    for (const listener of this.reloadListeners) listener();
    return true;
  }

  private async setAside(error: unknown, outcome: string): Promise<void> {
    if (!(error instanceof DamagedFileError)) throw error;
    const movedTo = await moveAside(this.file, 'corrupt', this.now());
    this.health.notice('moved-aside', this.file, `${error.message}. It was moved aside and ${outcome}.`, movedTo);
  }
}
