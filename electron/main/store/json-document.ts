import { rm } from 'node:fs/promises';
import { Low } from 'lowdb';
import type { AtomicWriter } from './atomic-write';
import type { FileFormat } from './file-format';
import { DamagedFileError, JsonFileAdapter } from './json-file-adapter';
import { moveAside } from './move-aside';
import { SerialQueue } from './serial-queue';
import type { StoreHealth } from './store-health';

/**
 * One JSON file of the store, held in memory by lowdb. Changes are serialised, written first and applied to
 * memory only once the write succeeded, so memory never claims something the disk does not have. A damaged
 * file is moved aside (never overwritten) and the document starts from its empty value.
 */
export class JsonDocument<T> {
  private readonly db: Low<T>;
  private readonly queue = new SerialQueue();

  constructor(
    readonly file: string,
    format: FileFormat<T>,
    private readonly empty: () => T,
    private readonly health: StoreHealth,
    writer: AtomicWriter,
    private readonly now: () => Date,
  ) {
    this.db = new Low<T>(new JsonFileAdapter(file, format, writer, health), empty());
  }

  /** Reads the file; false when there was none to keep (missing, or damaged and moved aside). */
  async load(): Promise<boolean> {
    try {
      const data = await this.db.adapter.read();
      if (data === null) return false;
      this.db.data = data;
      return true;
    } catch (error) {
      if (!(error instanceof DamagedFileError)) throw error;
      const movedTo = await moveAside(this.file, 'corrupt', this.now());
      this.health.notice('moved-aside', this.file, `${error.message}. It was moved aside and Copydesk started this part afresh.`, movedTo);
      this.db.data = this.empty();
      return false;
    }
  }

  /** The live value, for repositories that copy what they hand out. Never give this to a caller. */
  peek(): Readonly<T> {
    return this.db.data;
  }

  /**
   * Computes the next value from the current one (without mutating it), writes it, and only then makes it
   * current. Returns the new value (live: copy it before handing it out). `next` may be async, to write files
   * the new value will point to before it is written, still inside this file's queue.
   */
  update(next: (current: Readonly<T>) => T | Promise<T>): Promise<T> {
    return this.queue.run(async () => {
      const value = await next(this.db.data);
      // Written through the adapter before it becomes `data`, so a reader in the meantime (or after a failed
      // write) still sees only what is on disk.
      await this.db.adapter.write(value);
      this.db.data = value;
      return value;
    });
  }

  /** Deletes the file, after any write already queued for it. */
  remove(): Promise<void> {
    return this.queue.run(() => this.health.write(this.file, () => rm(this.file, { force: true })));
  }

  /** Resolves when every queued write has finished. */
  flush(): Promise<void> {
    return this.queue.idle();
  }
}
