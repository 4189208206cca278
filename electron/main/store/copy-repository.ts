import type { CopySummary, WireCopy } from '../../../shared/domain/model';
import { summarizeCopy } from './copy-summary';
import type { JsonDocument } from './json-document';
import type { CopyIndex } from './copy-index-format';
import { SHARD_COUNT, shardOf, type ShardFile, type StoredCopy } from './store-files';
import { timeSlicer } from './time-slice';

/**
 * Shard files written at once by a bulk change: each write ends in an fsync, and waiting for 256 of them
 * one by one left the process idle for seconds of every big import.
 */
const PARALLEL_SHARD_WRITES = 8;

/** Opens (without caching) the document of one shard; the repository decides what to keep in memory. */
export type ShardOpener = (shard: number) => Promise<JsonDocument<ShardFile>>;

/**
 * Wire copies: summaries in copies/index.json (loaded at start, all the library needs), bodies in shard files
 * read only when a copy is opened or imported next to. A bulk add writes each touched shard once, then the
 * index, so a crash in between leaves bodies nobody lists rather than listed copies without a body.
 */
export class CopyRepository {
  private readonly shards = new Map<number, Promise<JsonDocument<ShardFile>>>();
  private readonly byId = new Map<string, CopySummary>();
  private readonly byFingerprint = new Map<string, string>();
  private reloads = 0;

  constructor(
    private readonly index: JsonDocument<CopyIndex>,
    private readonly openShard: ShardOpener,
  ) {
    this.reindex();
    // The CLI or a second app imported or deleted copies: the lookups follow the index as it is now.
    index.onReload(() => {
      this.reindex();
      this.reloads += 1;
    });
  }

  /**
   * How many times the index was re-read because another process changed it: state derived from all copies
   * (the import's story grouper) is rebuilt when this moves.
   */
  get reloadCount(): number {
    return this.reloads;
  }

  /** Catches up with an index another process changed (shards are checked as they are read); true if it had. */
  sync(): Promise<boolean> {
    return this.index.refresh();
  }

  get count(): number {
    return this.byId.size;
  }

  /** Live summaries, newest first is the caller's business; callers must copy what they return. */
  peekSummaries(): readonly CopySummary[] {
    return this.index.peek().copies;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  summary(id: string): CopySummary | undefined {
    const found = this.byId.get(id);
    return found && structuredClone(found);
  }

  /** The live summary, for reading a field or two without a copy; never hand it out. */
  peekSummary(id: string): Readonly<CopySummary> | undefined {
    return this.byId.get(id);
  }

  idByFingerprint(fingerprint: string): string | undefined {
    return this.byFingerprint.get(fingerprint);
  }

  async get(id: string): Promise<WireCopy | undefined> {
    const stored = await this.getStored(id);
    if (!stored) return undefined;
    const { layout: _layout, ...copy } = stored;
    return copy;
  }

  /** The copy as stored, with the layout of its removed lines (for the services that edit it). */
  async getStored(id: string): Promise<StoredCopy | undefined> {
    if (!this.byId.has(id)) return undefined;
    const doc = await this.shard(shardOf(id));
    // One stat: another process may have added or edited this copy since the shard was read.
    await doc.refresh();
    const copy = doc.peek().copies[id];
    return copy && structuredClone(copy);
  }

  /** Stores new copies (bodies, then summaries). All or nothing as far as the library can see. */
  async addMany(copies: readonly StoredCopy[]): Promise<CopySummary[]> {
    if (copies.length === 0) return [];
    await this.writeBodies(copies.map((copy) => ({ id: copy.id, change: () => structuredClone(copy) })));
    // A thousand summaries take over 100 ms: sliced, like every loop over a whole import.
    const slice = timeSlicer();
    const summaries: CopySummary[] = [];
    for (const copy of copies) {
      summaries.push(summarizeCopy(copy));
      await slice();
    }
    await this.index.update((file) => ({ copies: [...file.copies, ...summaries] }));
    for (const summary of summaries) this.remember(summary);
    return structuredClone(summaries);
  }

  /** Replaces stored copies (same ids): bodies first, then their summaries. */
  async replaceMany(copies: readonly StoredCopy[]): Promise<void> {
    const known = copies.filter((c) => this.byId.has(c.id));
    if (known.length === 0) return;
    await this.writeBodies(known.map((copy) => ({ id: copy.id, change: () => structuredClone(copy) })));
    const next = new Map(known.map((c) => [c.id, summarizeCopy(c)]));
    await this.index.update((file) => ({ copies: file.copies.map((c) => next.get(c.id) ?? c) }));
    for (const summary of next.values()) this.remember(summary);
  }

  /** Moves copies to other stories: the story id is in both the body and the summary. */
  async setStoryIds(storyOf: ReadonlyMap<string, string>): Promise<void> {
    const ids = [...storyOf.keys()].filter((id) => this.byId.has(id));
    if (ids.length === 0) return;
    await this.writeBodies(ids.map((id) => ({ id, change: (copy) => copy && { ...copy, storyId: storyOf.get(id)! } })));
    await this.index.update((file) => ({ copies: file.copies.map((c) => (storyOf.has(c.id) ? { ...c, storyId: storyOf.get(c.id)! } : c)) }));
    for (const id of ids) this.remember({ ...this.byId.get(id)!, storyId: storyOf.get(id)! });
  }

  /**
   * Deletes copies: the summaries go first, so a crash half-way leaves bodies nobody lists (never a listed
   * copy without its body). Returns the ids that were stored.
   */
  async deleteMany(ids: readonly string[]): Promise<string[]> {
    const gone = new Set(ids.filter((id) => this.byId.has(id)));
    if (gone.size === 0) return [];
    await this.index.update((file) => ({ copies: file.copies.filter((c) => !gone.has(c.id)) }));
    for (const id of gone) {
      const summary = this.byId.get(id)!;
      this.byId.delete(id);
      if (this.byFingerprint.get(summary.fingerprint) === id) this.byFingerprint.delete(summary.fingerprint);
    }
    await this.writeBodies([...gone].map((id) => ({ id, change: () => undefined })));
    return [...gone];
  }

  /**
   * Visits every stored copy, shard by shard, without keeping the shards in memory: used to build the story
   * grouper once, whose cost is proportional to the store anyway. Yields to the event loop between slices,
   * so the whole pass never holds up other calls.
   */
  async forEach(visit: (copy: Readonly<WireCopy>) => void): Promise<void> {
    const slice = timeSlicer();
    for (let n = 0; n < SHARD_COUNT; n += 1) {
      const cached = await this.shards.get(n);
      if (cached) await cached.refresh();
      const doc = cached ?? (await this.openShard(n));
      for (const copy of Object.values(doc.peek().copies)) {
        if (this.byId.has(copy.id)) visit(copy);
        await slice();
      }
    }
  }

  flush(): Promise<unknown> {
    return Promise.all([this.index.flush(), ...[...this.shards.values()].map(async (doc) => (await doc).flush())]);
  }

  /** Applies changes to bodies, writing each touched shard once, a few shards at a time. */
  private async writeBodies(changes: readonly { id: string; change: (copy: StoredCopy | undefined) => StoredCopy | undefined }[]): Promise<void> {
    const byShard = new Map<number, (typeof changes)[number][]>();
    for (const change of changes) {
      const n = shardOf(change.id);
      const group = byShard.get(n);
      if (group) group.push(change);
      else byShard.set(n, [change]);
    }
    const pending = [...byShard].sort((a, b) => a[0] - b[0]);
    const writeNext = async (): Promise<void> => {
      for (let job = pending.shift(); job; job = pending.shift()) {
        const [n, group] = job;
        try {
          const doc = await this.shard(n);
          await doc.update((file) => {
            const next = { ...file.copies };
            for (const { id, change } of group) {
              const changed = change(next[id]);
              if (changed === undefined) delete next[id];
              else next[id] = changed;
            }
            return { copies: next };
          });
        } catch (error) {
          // One failure fails the change: the other writers take no further shard.
          pending.length = 0;
          throw error;
        }
      }
    };
    // Every writer is awaited even after one failed, so no shard write is still running when the caller
    // reports the failure (and, for an add, the index is never written).
    const results = await Promise.allSettled(Array.from({ length: Math.min(PARALLEL_SHARD_WRITES, pending.length) }, writeNext));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
  }

  private shard(n: number): Promise<JsonDocument<ShardFile>> {
    let doc = this.shards.get(n);
    if (!doc) {
      doc = this.openShard(n);
      this.shards.set(n, doc);
      doc.catch(() => this.shards.delete(n));
    }
    return doc;
  }

  private reindex(): void {
    this.byId.clear();
    this.byFingerprint.clear();
    for (const summary of this.index.peek().copies) this.remember(summary);
  }

  private remember(summary: CopySummary): void {
    this.byId.set(summary.id, summary);
    this.byFingerprint.set(summary.fingerprint, summary.id);
  }
}
