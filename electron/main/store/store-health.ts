import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { ApiFailure } from '../../../shared/api/errors';
import type { StoreNotice } from '../../../shared/api/contract';

/** Keeps this many notices; older ones are dropped so a disk failing for hours cannot grow memory. */
const MAX_NOTICES = 50;

const errorCode = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;

/**
 * What the store knows about its own condition: whether the last write reached the disk, and the notices the
 * UI must show (files moved aside, migrations, a folder that became read-only or vanished). Every write of the
 * store goes through `write`, so the flag and the notices cannot disagree with what actually happened.
 */
export class StoreHealth {
  private readonly list: StoreNotice[] = [];
  private ok = true;

  constructor(
    readonly dataDir: string,
    private readonly now: () => Date,
  ) {}

  get writable(): boolean {
    return this.ok;
  }

  notices(): StoreNotice[] {
    return structuredClone(this.list);
  }

  notice(kind: StoreNotice['kind'], file: string, message: string, movedTo?: string): void {
    const entry: StoreNotice = { kind, file, message, at: this.now().toISOString(), ...(movedTo ? { movedTo } : {}) };
    this.list.push(entry);
    if (this.list.length > MAX_NOTICES) this.list.splice(0, this.list.length - MAX_NOTICES);
  }

  /** Marks the store unwritable from the start (the data folder could not even be created). */
  markUnwritable(reason: string): void {
    this.fail(this.dataDir, reason);
  }

  /**
   * Runs one file write. A missing folder (deleted while Copydesk runs) is recreated and the write retried
   * once; any other failure marks the store unwritable and becomes ApiFailure('store-unwritable') naming the
   * folder, so the caller keeps its in-memory state unchanged.
   */
  async write(file: string, attempt: () => Promise<void>): Promise<void> {
    try {
      await attempt();
    } catch (first) {
      if (errorCode(first) !== 'ENOENT') throw this.fail(file, describe(first));
      try {
        await mkdir(path.dirname(file), { recursive: true });
        await attempt();
        this.notice('vanished', file, `The data folder ${this.dataDir} had disappeared; Copydesk recreated it.`);
      } catch (second) {
        throw this.fail(file, describe(second));
      }
    }
    this.ok = true;
  }

  private fail(file: string, reason: string): ApiFailure {
    if (this.ok) {
      this.notice('read-only', file, `Copydesk cannot save to its data folder ${this.dataDir} (${reason}). Changes are not being kept.`);
    }
    this.ok = false;
    return new ApiFailure('store-unwritable', `Could not save to the data folder ${this.dataDir}: ${reason}. Nothing was changed.`, {
      file,
    });
  }
}

function describe(error: unknown): string {
  const code = errorCode(error);
  const message = error instanceof Error ? error.message : String(error);
  return code ? `${code}: ${message.replace(/^[A-Z]+: /, '')}` : message;
}
