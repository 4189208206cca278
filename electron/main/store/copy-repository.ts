import type { CopySummary, WireCopy } from '../../../shared/domain/model';
import { summarizeCopy } from './copy-summary';
import type { JsonDocument } from './json-document';
import type { CopyIndex } from './copy-index-format';
import { SHARD_COUNT, shardOf, type ShardFile } from './store-files';

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

  constructor(
    private readonly index: JsonDocument<CopyIndex>,
    private readonly openShard: ShardOpener,
  ) {
    for (const summary of index.peek().copies) this.remember(summary);
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

  idByFingerprint(fingerprint: string): string | undefined {
    return this.byFingerprint.get(fingerprint);
  }

  async get(id: string): Promise<WireCopy | undefined> {
    if (!this.byId.has(id)) return undefined;
    const doc = await this.shard(shardOf(id));
    const copy = doc.peek().copies[id];
    return copy && structuredClone(copy);
  }

  /** Stores new copies (bodies, then summaries). All or nothing as far as the library can see. */
  async addMany(copies: readonly WireCopy[]): Promise<CopySummary[]> {
    if (copies.length === 0) return [];
    const byShard = new Map<number, WireCopy[]>();
    for (const copy of copies) {
      const n = shardOf(copy.id);
      const group = byShard.get(n);
      if (group) group.push(copy);
      else byShard.set(n, [copy]);
    }
    for (const [n, group] of [...byShard].sort((a, b) => a[0] - b[0])) {
      const doc = await this.shard(n);
      await doc.update((file) => {
        const next = { ...file.copies };
        for (const copy of group) next[copy.id] = structuredClone(copy);
        return { copies: next };
      });
    }
    const summaries = copies.map(summarizeCopy);
    await this.index.update((file) => ({ copies: [...file.copies, ...summaries] }));
    for (const summary of summaries) this.remember(summary);
    return structuredClone(summaries);
  }

  /**
   * Visits every stored copy, shard by shard, without keeping the shards in memory: used to build the story
   * grouper once, whose cost is proportional to the store anyway.
   */
  async forEach(visit: (copy: Readonly<WireCopy>) => void): Promise<void> {
    for (let n = 0; n < SHARD_COUNT; n += 1) {
      const doc = (await this.shards.get(n)) ?? (await this.openShard(n));
      for (const copy of Object.values(doc.peek().copies)) if (this.byId.has(copy.id)) visit(copy);
    }
  }

  flush(): Promise<unknown> {
    return Promise.all([this.index.flush(), ...[...this.shards.values()].map(async (doc) => (await doc).flush())]);
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

  private remember(summary: CopySummary): void {
    this.byId.set(summary.id, summary);
    this.byFingerprint.set(summary.fingerprint, summary.id);
  }
}
