import { readdir } from 'node:fs/promises';
import type { Draft, DraftRevision, DraftSummary } from '../../../shared/domain/model';
import type { JsonDocument } from './json-document';
import type { RevisionFiles } from './revision-files';
import { MAX_REVISIONS, type DraftFile, type KeptRevision, type StorePaths } from './store-files';

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
}

/**
 * Drafts, one file each (drafts/<id>.json holding the draft and the list of its kept revisions), so saving a
 * draft costs the same however big the rest of the store is, and however long its history. The revisions'
 * words are in RevisionFiles, read on demand. All draft files are read at start for the list: a newsroom keeps
 * tens to hundreds, not tens of thousands.
 */
export class DraftRepository {
  private readonly docs = new Map<string, JsonDocument<DraftFile>>();

  constructor(
    private readonly paths: StorePaths,
    private readonly open: DraftOpener,
    private readonly revisionFiles: RevisionFiles,
  ) {}

  async load(): Promise<void> {
    let names: string[];
    try {
      names = await readdir(this.paths.draftsDir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    for (const name of names) {
      const id = name.endsWith('.json') ? name.slice(0, -'.json'.length) : '';
      if (!isFileSafeId(id)) continue;
      const doc = this.open(id);
      // A damaged file has been moved aside by load(); its draft is simply not listed.
      if ((await doc.load()) && doc.peek().draft.id === id) this.docs.set(id, doc);
    }
  }

  get count(): number {
    return this.docs.size;
  }

  /** Newest edit first (ISO times sort as strings). */
  list(): DraftSummary[] {
    return [...this.docs.values()]
      .map((doc) => summarize(structuredClone(doc.peek().draft)))
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
  async create(draft: Draft, first: DraftRevision): Promise<Draft> {
    if (!isFileSafeId(draft.id)) throw new Error(`Draft id ${JSON.stringify(draft.id)} cannot name a file.`);
    const doc = this.open(draft.id);
    await this.revisionFiles.write(first);
    const saved = await doc.update(() => ({ draft: structuredClone(draft), kept: [keptOf(first)] }));
    this.docs.set(draft.id, doc);
    return structuredClone(saved.draft);
  }

  /**
   * Applies `next(current)` to an existing draft inside its file's write queue, so a conflict check made in
   * `next` sees the revision actually stored. Revisions to keep are written before the draft file that lists
   * them (a crash in between leaves an unlisted file, never a listed revision without words); the oldest
   * beyond MAX_REVISIONS are dropped. Returns undefined for an unknown id.
   */
  async revise(id: string, next: (current: Readonly<DraftFile>) => DraftChange): Promise<Draft | undefined> {
    const doc = this.docs.get(id);
    if (!doc) return undefined;
    let dropped: number[] = [];
    const saved = await doc.update(async (current) => {
      const change = next(current);
      for (const revision of change.keep) await this.revisionFiles.write(revision);
      const kept = [...current.kept, ...change.keep.map(keptOf)];
      dropped = kept.slice(0, -MAX_REVISIONS).map((k) => k.revision);
      return { draft: change.draft, kept: kept.slice(-MAX_REVISIONS) };
    });
    await this.revisionFiles.remove(id, dropped);
    return structuredClone(saved.draft);
  }

  async delete(id: string): Promise<boolean> {
    const doc = this.docs.get(id);
    if (!doc) return false;
    await doc.remove();
    this.docs.delete(id);
    await this.revisionFiles.removeAll(id);
    return true;
  }

  flush(): Promise<unknown> {
    return Promise.all([...this.docs.values()].map((doc) => doc.flush()));
  }
}
