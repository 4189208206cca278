import { readdir } from 'node:fs/promises';
import type { Draft, DraftRevision, DraftSummary } from '../../../shared/domain/model';
import { sameStamp, stampOf, type FileStamp } from './file-stamp';
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
 * Drafts, one file each (drafts/<id>.json holding the draft and the list of its kept revisions), so saving a
 * draft costs the same however big the rest of the store is, and however long its history. The revisions'
 * words are in RevisionFiles, read on demand. All draft files are read at start for the list: a newsroom keeps
 * tens to hundreds, not tens of thousands.
 *
 * Another process (the CLI, a second app) may create, save or delete drafts: `sync` brings the list and the
 * drafts in memory up to date with the folder, cheaply (one stat of the folder) when nothing changed.
 */
export class DraftRepository {
  private readonly docs = new Map<string, JsonDocument<DraftFile>>();
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
  ) {}

  async load(): Promise<void> {
    await this.scan();
  }

  /**
   * Catches up with drafts another process created or deleted: one stat of the folder when nothing changed.
   * Drafts it only saved are re-read by `refresh` (and by every save, inside its write queue).
   */
  async sync(): Promise<boolean> {
    if (sameStamp(await stampOf(this.paths.draftsDir), this.scanned)) return false;
    return this.scan();
  }

  /** Re-reads one draft if another process saved or deleted it; true if it had. */
  async refresh(id: string): Promise<boolean> {
    const doc = this.docs.get(id);
    if (!doc || !(await doc.refresh())) return false;
    if (!doc.onDisk) this.forgetDeleted(id);
    return true;
  }

  /**
   * Re-reads every draft another process saved: a stat per draft, in parallel. Too many for every call with
   * thousands of drafts (each autosave changes the folder), so the services run it from their idle poll.
   */
  async refreshAll(): Promise<boolean> {
    return (await Promise.all([...this.docs.keys()].map((id) => this.refresh(id)))).some(Boolean);
  }

  private async scan(): Promise<boolean> {
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
    for (const id of this.docs.keys()) {
      if (ids.has(id)) continue;
      this.forgetDeleted(id);
      changed = true;
    }
    for (const id of ids) {
      if (this.docs.has(id)) continue;
      const doc = this.open(id);
      // A damaged file has been moved aside by load(); its draft is simply not listed.
      if ((await doc.load()) && doc.peek().draft.id === id) {
        this.docs.set(id, doc);
        changed = true;
      }
    }
    return changed;
  }

  /** Whether this draft existed and was deleted while this process ran. */
  wasDeleted(id: string): boolean {
    return this.deleted.has(id);
  }

  private forgetDeleted(id: string): void {
    this.docs.delete(id);
    this.deleted.add(id);
  }

  get count(): number {
    return this.docs.size;
  }

  /** Newest edit first (ISO times sort as strings). */
  list(): DraftSummary[] {
    return [...this.docs.values()]
      .map((doc) => structuredClone(summarize(doc.peek().draft)))
      .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
  }

  get(id: string): Draft | undefined {
    const doc = this.docs.get(id);
    return doc && structuredClone(doc.peek().draft);
  }

  /** Which revisions are kept (oldest first), without their words. */
  kept(id: string): KeptRevision[] | undefined {
    const doc = this.docs.get(id);
    return doc && structuredClone(doc.peek().kept);
  }

  /** One kept revision with its words; undefined when the draft does not list it or its file is unreadable. */
  async revision(id: string, revision: number): Promise<DraftRevision | undefined> {
    if (!this.docs.get(id)?.peek().kept.some((k) => k.revision === revision)) return undefined;
    return this.revisionFiles.read(id, revision);
  }

  /** Every kept revision with its words, oldest first, leaving out any whose file is unreadable. */
  async revisions(id: string): Promise<DraftRevision[] | undefined> {
    const kept = this.docs.get(id)?.peek().kept;
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
    this.docs.set(draft.id, doc);
    return structuredClone(saved.draft);
  }

  /**
   * Applies `next(current)` to an existing draft inside its file's write queue, so a conflict check made in
   * `next` sees the revision actually stored. Revisions to keep are written before the draft file that lists
   * them (a crash in between leaves an unlisted file, never a listed revision without words); the oldest
   * beyond the kept limit are dropped. Returns undefined for an unknown id, or a draft another process deleted.
   */
  async revise(id: string, next: (current: Readonly<DraftFile>) => DraftChange): Promise<Draft | undefined> {
    if (!this.docs.has(id)) await this.sync();
    const doc = this.docs.get(id);
    if (!doc) return undefined;
    let dropped: number[] = [];
    const saved = await doc.update(async (current) => {
      if (!doc.onDisk) throw new DeletedElsewhere();
      const change = next(current);
      for (const revision of change.keep) await this.revisionFiles.write(revision);
      const kept = [...current.kept, ...change.keep.map(keptOf)];
      const limit = this.keptLimit();
      dropped = kept.slice(0, -limit).map((k) => k.revision);
      // A change that names nobody (a status, an export record) keeps who saved the revision it leaves as is.
      return { draft: change.draft, kept: kept.slice(-limit), ...savedByOf(change.savedBy ?? current.savedBy) };
    }).catch((error: unknown) => {
      if (!(error instanceof DeletedElsewhere)) throw error;
      this.forgetDeleted(id);
      return undefined;
    });
    if (!saved) return undefined;
    await this.revisionFiles.remove(id, dropped);
    return structuredClone(saved.draft);
  }

  async delete(id: string): Promise<boolean> {
    if (!this.docs.has(id)) await this.sync();
    const doc = this.docs.get(id);
    if (!doc) return false;
    await doc.remove();
    this.forgetDeleted(id);
    await this.revisionFiles.removeAll(id);
    return true;
  }

  flush(): Promise<unknown> {
    return Promise.all([...this.docs.values()].map((doc) => doc.flush()));
  }
}
