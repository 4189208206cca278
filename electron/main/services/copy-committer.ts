import { randomUUID } from 'node:crypto';
import type { ImportReport } from '../../../shared/api/contract';
import type { AnalyzedArticle, PageAnalysis, Story, WireCopy } from '../../../shared/domain/model';
import type { Store } from '../store/open-store';
import type { SerialQueue } from '../store/serial-queue';
import type { StoredCopy } from '../store/store-files';
import { timeSlicer } from '../store/time-slice';
import type { ImportPipeline, StoryGrouper } from './import-pipeline';
import { earliestHeadline } from '../store/story-headline';

export interface AnalyzedPage {
  source: string;
  format: string;
  analysis: PageAnalysis;
}

type Outcome = Pick<ImportReport, 'imported' | 'duplicates'>;

const groupingText = (copy: Pick<WireCopy, 'headline' | 'paragraphs'>): string => [copy.headline ?? '', ...copy.paragraphs].join('\n');

/**
 * Turns analysed pages into stored copies and stories: skips copies whose fingerprint is already stored (or
 * earlier in the same batch), keeps articles grouped on one page in one story, and joins a story already in
 * the store when the grouper finds a near-duplicate there, unless the editor decided otherwise (a copy the
 * editor placed goes back to that story; never into a story the editor took it out of; a page never puts
 * copies of two stories the editor split into one). Commits run on the library's queue, one at a time, so
 * two imports cannot both decide the same text is new.
 */
export class CopyCommitter {
  private grouper: Promise<StoryGrouper> | undefined;
  /** The copy index's reload count the grouper was built at: copies stored by another process need a rebuild. */
  private grouperAt = 0;

  constructor(
    private readonly store: Store,
    private readonly pipeline: ImportPipeline,
    private readonly queue: SerialQueue,
    private readonly now: () => Date,
  ) {}

  commit(pages: readonly AnalyzedPage[], importedAt: string): Promise<Outcome> {
    return this.queue.run(() => this.commitNow(pages, importedAt));
  }

  /**
   * Starts building the store-wide grouper without waiting for it: a batch calls this before reading its
   * first file, so the pass over the store overlaps the analysis of the first files instead of delaying
   * the first commit.
   */
  prepare(): void {
    this.loadGrouper().catch(() => {});
  }

  /** Deleted copies must no longer attract new versions. Call on the library queue. */
  async forget(ids: readonly string[]): Promise<void> {
    if (!this.grouper) return;
    const grouper = await this.grouper;
    for (const id of ids) grouper.remove(id);
  }

  private async commitNow(pages: readonly AnalyzedPage[], importedAt: string): Promise<Outcome> {
    const grouper = await this.loadGrouper();
    // A thousand pages take a few hundred milliseconds to group: slices keep the services answering.
    const slice = timeSlicer();
    const at = this.now().toISOString();
    const copies: StoredCopy[] = [];
    const storyOfNew = new Map<string, string>();
    const stories = new Map<string, Story>();
    const duplicates: Outcome['duplicates'] = [];
    const seen = new Map<string, string>();
    const storyOfMatch = (match: string | null): string | null =>
      match === null ? null : (storyOfNew.get(match) ?? this.store.copies.peekSummary(match)?.storyId ?? null);

    for (const page of pages) {
      for (const group of this.pageGroups(page.analysis)) {
        const fresh: { copy: StoredCopy; matchStory: string | null }[] = [];
        for (const article of group) {
          const copy = this.toCopy(article, page, importedAt);
          const existingId = this.store.copies.idByFingerprint(copy.fingerprint) ?? seen.get(copy.fingerprint);
          if (existingId !== undefined) {
            const existing = this.store.copies.peekSummary(existingId);
            duplicates.push({ source: page.source, existingId, headline: existing ? existing.headline : copy.headline });
            continue;
          }
          seen.set(copy.fingerprint, copy.id);
          fresh.push({ copy, matchStory: storyOfMatch(grouper.add(copy.id, groupingText(copy))) });
        }
        // The page says these articles are one story: the first one that has a version stored decides which.
        const groupStory = fresh.find((f) => f.matchStory !== null)?.matchStory ?? null;
        let newStory: string | null = null;
        for (const { copy, matchStory } of fresh) {
          const storyId = this.placement(copy.fingerprint, groupStory, matchStory) ?? (newStory ??= randomUUID());
          const story = stories.get(storyId) ??
            this.store.stories.get(storyId) ?? { id: storyId, headline: null, copyIds: [], createdAt: at, updatedAt: at };
          copy.storyId = storyId;
          storyOfNew.set(copy.id, storyId);
          stories.set(storyId, { ...story, copyIds: [...story.copyIds, copy.id], updatedAt: at });
          copies.push(copy);
        }
        await slice();
      }
    }
    const newById = new Map(copies.map((c) => [c.id, c]));
    for (const story of stories.values()) {
      story.headline = earliestHeadline(story.copyIds.flatMap((id) => newById.get(id) ?? this.store.copies.peekSummary(id) ?? []));
    }

    try {
      // Bodies and summaries first, stories second: a story never names a copy that was not stored.
      const imported = await this.store.copies.addMany(copies);
      await this.store.stories.upsertMany([...stories.values()]);
      return { imported, duplicates };
    } catch (error) {
      // Nothing new reached the library: the grouper must forget them too.
      for (const copy of copies) if (!this.store.copies.has(copy.id)) grouper.remove(copy.id);
      throw error;
    }
  }

  /** The story a new copy goes to, or null for a new story; the editor's decisions outrank similarity. */
  private placement(fingerprint: string, groupStory: string | null, matchStory: string | null): string | null {
    const decided = this.store.grouping.assignedStory(fingerprint);
    if (decided !== undefined) return decided;
    const split = groupStory !== null && matchStory !== null && groupStory !== matchStory && this.store.grouping.areApart(groupStory, matchStory);
    const candidate = split ? matchStory : groupStory;
    return candidate !== null && !this.store.grouping.wasMovedOutOf(fingerprint, candidate) ? candidate : null;
  }

  /** The page's own grouping; an article the analysis left out of every story stands alone. */
  private pageGroups(analysis: PageAnalysis): AnalyzedArticle[][] {
    const byId = new Map(analysis.articles.map((a) => [a.id, a]));
    const grouped = analysis.stories.map((s) => s.articles.flatMap((id) => byId.get(id) ?? []));
    const inStory = new Set(grouped.flat().map((a) => a.id));
    return [...grouped.filter((g) => g.length > 0), ...analysis.articles.filter((a) => !inStory.has(a.id)).map((a) => [a])];
  }

  private toCopy(article: AnalyzedArticle, page: AnalyzedPage, importedAt: string): StoredCopy {
    const before = Math.min(article.removedBefore ?? 0, article.removed.length);
    return {
      id: randomUUID(),
      fingerprint: article.fingerprint,
      origin: { source: page.source, format: page.format, index: Math.max(0, page.analysis.articles.indexOf(article)) },
      outlet: article.outlet,
      headline: article.headline,
      published: article.published,
      publishedAt: article.publishedAt,
      byline: article.byline,
      dateline: article.dateline,
      paragraphs: article.paragraphs,
      ...(article.paragraphSource && { paragraphSource: article.paragraphSource }),
      removed: article.removed,
      importedAt,
      storyId: null,
      layout: { removedBefore: before, restoredBefore: 0 },
    };
  }

  /**
   * Built on the first import from every stored copy: its cost is one pass over the store, once per run (sliced, see
   * forEach), and once more after another process (the CLI) changed the copies, whose new ones it must know.
   */
  private loadGrouper(): Promise<StoryGrouper> {
    if (this.grouperAt !== this.store.copies.reloadCount) this.grouper = undefined;
    this.grouperAt = this.store.copies.reloadCount;
    this.grouper ??= (async () => {
      const grouper = this.pipeline.createGrouper();
      await this.store.copies.forEach((copy) => grouper.insert(copy.id, groupingText(copy)));
      return grouper;
    })();
    this.grouper.catch(() => (this.grouper = undefined));
    return this.grouper;
  }
}
