import { open } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import type { AtomicWriter } from './atomic-write';
import type { FileFormat } from './file-format';
import { stampOfStats, type FileStamp } from './file-stamp';
import type { StoreHealth } from './store-health';

/** A store file that exists but cannot be trusted: not JSON, cut short, or the wrong shape. */
export class DamagedFileError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file} is damaged: ${reason}`);
    this.name = 'DamagedFileError';
  }
}

/**
 * lowdb adapter for one JSON file of the store. Reading validates against the file's format (a file edited
 * by hand or cut short by a full disk is refused, not half-loaded); writing goes through the atomic writer
 * and the store's health, so a failed write surfaces as 'store-unwritable'.
 */
export class JsonFileAdapter<T> implements Adapter<T> {
  constructor(
    readonly file: string,
    private readonly format: FileFormat<T>,
    private readonly writer: AtomicWriter,
    private readonly health: StoreHealth,
  ) {}

  async read(): Promise<T | null> {
    return (await this.readStamped()).data;
  }

  /**
   * Reads the file with the stamp of the very version read (stat and read on one open handle), so a write by
   * another process in between cannot be mistaken for the version already in memory.
   */
  async readStamped(): Promise<{ data: T | null; stamp: FileStamp | null }> {
    let text: string;
    let stamp: FileStamp;
    try {
      const handle = await open(this.file, 'r');
      try {
        stamp = stampOfStats(await handle.stat({ bigint: true }));
        text = await handle.readFile('utf8');
      } finally {
        await handle.close();
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { data: null, stamp: null };
      throw error;
    }
    return { data: this.parse(text), stamp };
  }

  private parse(text: string): T {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      throw new DamagedFileError(this.file, `not valid JSON (${(error as Error).message})`);
    }
    const parsed = this.format.parse(raw);
    if (!parsed.ok) throw new DamagedFileError(this.file, `unexpected content ${parsed.reason}`);
    return parsed.value;
  }

  async write(data: T): Promise<void> {
    // Compact JSON: the big files are read by machines, and indentation would add a third to their size.
    const text = this.format.stringify ? await this.format.stringify(data) : JSON.stringify(this.format.serialize(data));
    await this.health.write(this.file, () => this.writer(this.file, text));
  }
}
