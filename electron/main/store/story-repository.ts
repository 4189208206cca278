import type { Story } from '../../../shared/domain/model';
import type { JsonDocument } from './json-document';
import type { StoriesFile } from './store-files';

/** stories.json: which copies are versions of one story. Small even for a large store (ids only). */
export class StoryRepository {
  constructor(private readonly doc: JsonDocument<StoriesFile>) {}

  get count(): number {
    return this.doc.peek().stories.length;
  }

  /** Live stories: callers copy what they hand out. */
  peekAll(): readonly Story[] {
    return this.doc.peek().stories;
  }

  get(id: string): Story | undefined {
    const found = this.doc.peek().stories.find((s) => s.id === id);
    return found && structuredClone(found);
  }

  /** Inserts new stories and replaces changed ones in one write. */
  upsertMany(stories: readonly Story[]): Promise<void> {
    return this.apply(stories, []);
  }

  /** Inserts or replaces `stories` and deletes the stories `removeIds` names, in one write. */
  async apply(stories: readonly Story[], removeIds: readonly string[]): Promise<void> {
    if (stories.length === 0 && removeIds.length === 0) return;
    const changed = new Map(stories.map((s) => [s.id, structuredClone(s)]));
    const removed = new Set(removeIds);
    await this.doc.update((file) => {
      const kept = file.stories.filter((s) => !removed.has(s.id)).map((s) => changed.get(s.id) ?? s);
      const known = new Set(file.stories.map((s) => s.id));
      return { stories: [...kept, ...[...changed.values()].filter((s) => !known.has(s.id) && !removed.has(s.id))] };
    });
  }
}
