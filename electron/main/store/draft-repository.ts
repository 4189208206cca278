import { readdir } from 'node:fs/promises';
import type { Draft, DraftRevision, DraftSummary } from '../../../shared/domain/model';
import { sameStamp, stampOf, type FileStamp } from './file-stamp';
import type { AtomicWriter } from './atomic-write';
import { readSummaryCache, writeSummaryCache, type ListedDraft } from './draft-summary-cache';
import type { JsonDocument } from './json-document';
import type { RevisionFiles } from './revision-files';
import type { DraftFile, KeptRevision, SavedBy, StorePaths } from './store-files';

/** Ids that may become a file name: generated UUIDs and anything equally tame, never a path. */
export const isFileSafeId = (id: string): boolean => /^[A-Za-z0-9_-]{1,100}$/.test(id);

export type DraftOpener = (id: string) => JsonDocument<DraftFile>;

/** A draft as lists show it: without its words or its export history. */
export const summarize = ({ content: _content, text: _text, exports: _exports, ...summary }: Draft): DraftSummary => summary;

const keptOf = ({ revision, savedAt, reason }: DraftRevision): KeptRevision => ({ revision, savedAt, reason });

/** A change to a stored draft: its new state, and the revisions to keep (in order; none for most autosaves). */
export interface DraftChange {
  draft: Draft;
  keep: DraftRevision[];
  /** Who makes this change; absent for changes that are not a new revision's words. */
  savedBy?: SavedBy;
}

const savedByOf = (savedBy: SavedBy | undefined) => (savedBy ? { savedBy } : {});

/** Thrown inside a draft's write queue when another process deleted its file: nothing is written. */
class DeletedElsewhere extends Error {}

/**
 * Drafts whose whole file stays in memory: the few being edited or exported. Beyond it the least recently
 * used idle one is let go (its summary stays listed); reopening costs one read of a draft file.
 */
export const OPEN_DRAFTS = 8;

/** Draft files read at once when listing the folder. */
const SCAN_BATCH = 16;

/**
 * Drafts, one file each (drafts/<id>.json holding the draft and the list of its kept revisions), so saving a
 * draft costs the same however big the rest of the store is, and however long its history. The revisions'
 * words are in RevisionFiles, read on demand.
 *
 * Memory holds, per draft, only what lists need (its summary, its kept revisions, its file's stamp): a
 * draft's words, document and export history are read from its file when it is asked for, and only the few
 * most recently used stay open, so thousands of long drafts cost the main process a few MB, not hundreds.
 *
 * Another process (the CLI, a second app) may create, save or delete drafts: `sync` brings the list up to
 * date with the folder, cheaply (one stat of the folder) when nothing changed; `refresh` re-reads one draft.
 */
export class DraftRepository {
  private readonly listed = new Map<string, ListedDraft>();
  /** Open documents, least recently used first (a Map keeps insertion order). */
  private readonly docs = new Map<string, JsonDocument<DraftFile>>();
  /** Drafts with an operation under way: their document is never let go in the middle of it. */
  private readonly pinned = new Map<string, number>();
  /** The drafts folder as last scanned: creating, replacing or deleting a draft file changes it. */
  private scanned: FileStamp | null = null;
  /**
   * Drafts deleted while this process ran (by another window or another process), so a save from a window
   * still showing one can say what happened rather than "no such draft".
   */
  private readonly deleted = new Set<string>();

  constructor(
    private readonly paths: StorePaths,
    private readonly open: DraftOpener,
    private readonly revisionFiles: RevisionFiles,
    /** How many revisions a draft keeps (Settings.revisionsKept), read at each save so a change applies on the next one. */
    private readonly keptLimit: () => number,
    /** Where the list is cached between starts (draft-summary-cache.ts); none in tests of the repository alone. */
    private readonly cache?: { file: string; writer: AtomicWriter },
    private readonly openLimit = OPEN_DRAFTS,
  ) {}

  async load(): Promise<void> {
    const cached = this.cache ? await readSummaryCache(this.cache.file) : new Map<string, ListedDraft>();
    const { read } = await this.scan(cached);
    // Rewritten only when it was out of date: a start with nothing changed writes nothing.
    if (this.cache && (read > 0 || cached.size !== this.listed.size)) await writeSummaryCache(this.cache.file, this.listed, this.cache.writer);
  }

  /**
   * Catches up with drafts another process created or deleted: one stat of the folder when nothing changed.
   * Drafts it only saved are re-read by `refresh` (and by every save, inside its write queue).
   */
  async sync(): Promise<boolean> {
    if (sameStamp(await stampOf(this.paths.draftsDir), this.scanned)) return false;
    return (await this.scan(new Map())).changed;
  }

  /** Re-reads one draft if another process saved or deleted it; true if it had. */
  async refresh(id: string): Promise<boolean> {
    const listed = this.listed.get(id);
    if (!listed) return false;
    const doc = this.docs.get(id);
    if (doc) {
      if (!(await doc.refresh())) return false;
      if (!doc.onDisk) this.forgetDeleted(id);
      return true;
    }
    if (sameStamp(await stampOf(this.paths.draft(id)), listed.stamp)) return false;
    // Read through a document, which also sets a damaged file aside; it is let go again unless asked for.
    const reread = await this.read(id);
    if (reread) this.remember(id, reread);
    else this.forgetDeleted(id);
    return true;
  }

  /**
   * Re-reads every draft another process saved: a stat per draft, in parallel. Too many for every call with
   * thousands of drafts (each autosave changes the folder), so the services run it from their idle poll.
   */
  async refreshAll(): Promise<boolean> {
    return (await Promise.all([...this.listed.keys()].map((id) => this.refresh(id)))).some(Boolean);
  }

  /** Lists drafts added to or gone from the folder; `cached` entries are taken for files still at their stamp. */
  private async scan(cached: ReadonlyMap<string, ListedDraft>): Promise<{ changed: boolean; read: number }> {
    // Stamped before reading, so a change made while scanning is seen by the next sync.
    this.scanned = await stampOf(this.paths.draftsDir);
    let names: string[];
    try {
      names = await readdir(this.paths.draftsDir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') names = [];
      else throw error;
    }
    const ids = new Set(names.map((name) => (name.endsWith('.json') ? name.slice(0, -'.json'.length) : '')).filter(isFileSafeId));
    let changed = false;
    let read = 0;
    for (const id of this.listed.keys()) {
      if (ids.has(id)) continue;
      this.forgetDeleted(id);
      changed = true;
    }
    const added = [...ids].filter((id) => !this.listed.has(id));
    // A few files at a time: thousands of drafts load in parallel batches, without thousands of open handles.
    for (let start = 0; start < added.length; start += SCAN_BATCH) {
      const batch = added.slice(start, start + SCAN_BATCH);
      const found = await Promise.all(batch.map((id) => this.cachedOrRead(id, cached.get(id))));
      // Recorded in folder order, whichever file finished reading first.
      found.forEach((entry, i) => {
        if (!entry) return;
        if ('summary' in entry) this.listed.set(batch[i]!, entry);
        else {
          this.remember(batch[i]!, entry);
          read += 1;
        }
        changed = true;
      });
    }
    return { changed, read };
  }

  /** The cached entry while the draft's file is the version it describes (one stat), else the file read. */
  private async cachedOrRead(id: string, entry: ListedDraft | undefined): Promise<ListedDraft | JsonDocument<DraftFile> | undefined> {
    if (entry && sameStamp(await stampOf(this.paths.draft(id)), entry.stamp)) return entry;
    return this.read(id);
  }

  /**
   * Reads one draft's file into a document the caller may keep or drop (a damaged file is moved aside by
   * load() and its draft simply not listed); undefined when there is none to list.
   */
  private async read(id: string): Promise<JsonDocument<DraftFile> | undefined> {
    const doc = this.open(id);
    return (await doc.load()) && doc.peek().draft.id === id ? doc : undefined;
  }

  /** Records what lists need from a document's current value. */
  private remember(id: string, doc: JsonDocument<DraftFile>): void {
    const { draft, kept } = doc.peek();
    this.listed.set(id, { summary: structuredClone(summarize(draft)), kept: structuredClone(kept), stamp: doc.stamp });
  }

  /** The draft's document, opened (read) if it is not; undefined when it is not listed or its file is gone. */
  private async document(id: string): Promise<JsonDocument<DraftFile> | undefined> {
    if (!this.listed.has(id)) return undefined;
    const doc = this.docs.get(id);
    if (doc) {
      // Most recently used last.
      this.docs.delete(id);
      this.docs.set(id, doc);
      return doc;
    }
    const opened = await this.read(id);
    if (!opened) {
      this.forgetDeleted(id);
      return undefined;
    }
    // A concurrent caller may have opened it meanwhile: one document per file, so both queue on one lock.
    const raced = this.docs.get(id);
    if (raced) return raced;
    opened.onReload(() => {
      if (this.docs.get(id) !== opened) return;
      if (opened.onDisk) this.remember(id, opened);
    });
    this.remember(id, opened);
    this.docs.set(id, opened);
    this.evictIdle();
    return opened;
  }

  /** Lets go of the least recently used documents beyond the limit that no operation is using. */
  private evictIdle(): void {
    for (const id of this.docs.keys()) {
      if (this.docs.size <= this.openLimit) return;
      if (!this.pinned.has(id)) this.docs.delete(id);
    }
  }

  /** Runs `task` on the draft's document, keeping it open meanwhile. */
  private async using<R>(id: string, task: (doc: JsonDocument<DraftFile> | undefined) => Promise<R>): Promise<R> {
    this.pinned.set(id, (this.pinned.get(id) ?? 0) + 1);
    try {
      return await task(await this.document(id));
    } finally {
      const left = (this.pinned.get(id) ?? 1) - 1;
      if (left > 0) this.pinned.set(id, left);
      else this.pinned.delete(id);
      this.evictIdle();
    }
  }

  /** Whether this draft existed and was deleted while this process ran. */
  wasDeleted(id: string): boolean {
    return this.deleted.has(id);
  }

  private forgetDeleted(id: string): void {
    this.listed.delete(id);
    this.docs.delete(id);
    this.deleted.add(id);
  }

  get count(): number {
    return this.listed.size;
  }

  /** Newest edit first (ISO times sort as strings). */
  list(): DraftSummary[] {
    return [...this.listed.values()]
      .map(({ summary }) => structuredClone(summary))
      .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
  }

  /** The whole draft, read from its file unless it is open. */
  get(id: string): Promise<Draft | undefined> {
    return this.using(id, async (doc) => doc && structuredClone(doc.peek().draft));
  }

  /** Which revisions are kept (oldest first), without their words. */
  kept(id: string): KeptRevision[] | undefined {
    const listed = this.listed.get(id);
    return listed && structuredClone(listed.kept);
  }

  /** One kept revision with its words; undefined when the draft does not list it or its file is unreadable. */
  async revision(id: string, revision: number): Promise<DraftRevision | undefined> {
    if (!this.listed.get(id)?.kept.some((k) => k.revision === revision)) return undefined;
    return this.revisionFiles.read(id, revision);
  }

  /** Every kept revision with its words, oldest first, leaving out any whose file is unreadable. */
  async revisions(id: string): Promise<DraftRevision[] | undefined> {
    const kept = this.listed.get(id)?.kept;
    if (!kept) return undefined;
    const read = await Promise.all(kept.map((k) => this.revisionFiles.read(id, k.revision)));
    return read.filter((r) => r !== undefined);
  }

  /** Writes a brand-new draft and its first revision; the draft is listed only once both are on disk. */
  async create(draft: Draft, first: DraftRevision, savedBy?: SavedBy): Promise<Draft> {
    if (!isFileSafeId(draft.id)) throw new Error(`Draft id ${JSON.stringify(draft.id)} cannot name a file.`);
    const doc = this.open(draft.id);
    await this.revisionFiles.write(first);
    const saved = await doc.update(() => ({ draft: structuredClone(draft), kept: [keptOf(first)], ...savedByOf(savedBy) }));
    // Not kept open: a generated or imported draft is often not the one edited next, and `get` reads it back.
    this.remember(draft.id, doc);
    this.deleted.delete(draft.id);
    return structuredClone(saved.draft);
  }

  /**
   * Applies `next(current)` to an existing draft inside its file's write queue, so a conflict check made in
   * `next` sees the revision actually stored. Revisions to keep are written before the draft file that lists
   * them (a crash in between leaves an unlisted file, never a listed revision without words); the oldest
   * beyond the kept limit are dropped. Returns undefined for an unknown id, or a draft another process deleted.
   */
  async revise(id: string, next: (current: Readonly<DraftFile>) => DraftChange): Promise<Draft | undefined> {
    if (!this.listed.has(id)) await this.sync();
    return this.using(id, async (doc) => {
      if (!doc) return undefined;
      let dropped: number[] = [];
      const saved = await doc
        .update(async (current) => {
          if (!doc.onDisk) throw new DeletedElsewhere();
          const change = next(current);
          for (const revision of change.keep) await this.revisionFiles.write(revision);
          const kept = [...current.kept, ...change.keep.map(keptOf)];
          const limit = this.keptLimit();
          dropped = kept.slice(0, -limit).map((k) => k.revision);
          // A change that names nobody (a status, an export record) keeps who saved the revision it leaves as is.
          return { draft: change.draft, kept: kept.slice(-limit), ...savedByOf(change.savedBy ?? current.savedBy) };
        })
        .catch((error: unknown) => {
          if (!(error instanceof DeletedElsewhere)) throw error;
          this.forgetDeleted(id);
          return undefined;
        });
      if (!saved) return undefined;
      if (this.docs.get(id) === doc) this.remember(id, doc);
      await this.revisionFiles.remove(id, dropped);
      return structuredClone(saved.draft);
    });
  }

  async delete(id: string): Promise<boolean> {
    if (!this.listed.has(id)) await this.sync();
    if (!this.listed.has(id)) return false;
    // Through its document when open, so the removal waits for a write already queued for it.
    const doc = this.docs.get(id) ?? this.open(id);
    await doc.remove();
    this.forgetDeleted(id);
    await this.revisionFiles.removeAll(id);
    return true;
  }

  flush(): Promise<unknown> {
    return Promise.all([...this.docs.values()].map((doc) => doc.flush()));
  }
}
