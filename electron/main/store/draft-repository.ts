import { readdir } from 'node:fs/promises';
import type { Draft, DraftRevision, DraftSummary } from '../../../shared/domain/model';
import type { JsonDocument } from './json-document';
import type { DraftFile, StorePaths } from './store-files';

/** Ids that may become a file name: generated UUIDs and anything equally tame, never a path. */
export const isFileSafeId = (id: string): boolean => /^[A-Za-z0-9_-]{1,100}$/.test(id);

export type DraftOpener = (id: string) => JsonDocument<DraftFile>;

const summarize = ({ content: _content, text: _text, ...summary }: Draft): DraftSummary => summary;

/**
 * Drafts, one file each (drafts/<id>.json holding the draft and its last revisions), so saving a draft costs
 * the same however big the rest of the store is. All drafts are read at start for the list: a newsroom keeps
 * tens to hundreds, not tens of thousands.
 */
export class DraftRepository {
  private readonly docs = new Map<string, JsonDocument<DraftFile>>();

  constructor(
    private readonly paths: StorePaths,
    private readonly open: DraftOpener,
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

  list(): DraftSummary[] {
    return [...this.docs.values()].map((doc) => summarize(structuredClone(doc.peek().draft)));
  }

  get(id: string): Draft | undefined {
    const doc = this.docs.get(id);
    return doc && structuredClone(doc.peek().draft);
  }

  revisions(id: string): DraftRevision[] | undefined {
    const doc = this.docs.get(id);
    return doc && structuredClone(doc.peek().revisions);
  }

  /** Writes a brand-new draft file; the draft is listed only once it is on disk. */
  async create(file: DraftFile): Promise<Draft> {
    if (!isFileSafeId(file.draft.id)) throw new Error(`Draft id ${JSON.stringify(file.draft.id)} cannot name a file.`);
    const doc = this.open(file.draft.id);
    const saved = await doc.update(() => structuredClone(file));
    this.docs.set(file.draft.id, doc);
    return structuredClone(saved.draft);
  }

  /**
   * Replaces an existing draft's file with `next(current)`, inside the file's write queue, so a conflict check
   * made in `next` sees the revision actually stored. Returns undefined for an unknown id.
   */
  async revise(id: string, next: (current: Readonly<DraftFile>) => DraftFile): Promise<Draft | undefined> {
    const doc = this.docs.get(id);
    if (!doc) return undefined;
    const saved = await doc.update(next);
    return structuredClone(saved.draft);
  }

  async delete(id: string): Promise<boolean> {
    const doc = this.docs.get(id);
    if (!doc) return false;
    await doc.remove();
    this.docs.delete(id);
    return true;
  }

  flush(): Promise<unknown> {
    return Promise.all([...this.docs.values()].map((doc) => doc.flush()));
  }
}
