import { randomUUID } from 'node:crypto';
import type { ImportReport } from '../../../shared/api/contract';
import type { AnalyzedArticle, PageAnalysis, Story, WireCopy } from '../../../shared/domain/model';
import type { Store } from '../store/open-store';
import { SerialQueue } from '../store/serial-queue';
import type { ImportPipeline, StoryGrouper } from './import-pipeline';

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
 * the store when the grouper finds a near-duplicate there. Commits run one at a time so two imports cannot
 * both decide the same text is new.
 */
export class CopyCommitter {
  private grouper: Promise<StoryGrouper> | undefined;
  private readonly queue = new SerialQueue();

  constructor(
    private readonly store: Store,
    private readonly pipeline: ImportPipeline,
    private readonly now: () => Date,
  ) {}

  commit(pages: readonly AnalyzedPage[], importedAt: string): Promise<Outcome> {
    return this.queue.run(() => this.commitNow(pages, importedAt));
  }

  private async commitNow(pages: readonly AnalyzedPage[], importedAt: string): Promise<Outcome> {
    const grouper = await this.loadGrouper();
    const at = this.now().toISOString();
    const copies: WireCopy[] = [];
    const storyOfNew = new Map<string, string>();
    const stories = new Map<string, Story>();
    const duplicates: Outcome['duplicates'] = [];
    const seen = new Map<string, string>();

    for (const page of pages) {
      for (const group of this.pageGroups(page.analysis)) {
        const fresh: WireCopy[] = [];
        let storyId: string | null = null;
        for (const article of group) {
          const copy = this.toCopy(article, page, importedAt);
          const existingId = this.store.copies.idByFingerprint(copy.fingerprint) ?? seen.get(copy.fingerprint);
          if (existingId !== undefined) {
            duplicates.push({ source: page.source, existingId, headline: copy.headline });
            continue;
          }
          seen.set(copy.fingerprint, copy.id);
          const match = grouper.add(copy.id, groupingText(copy));
          storyId ??= match === null ? null : (storyOfNew.get(match) ?? this.store.copies.summary(match)?.storyId ?? null);
          fresh.push(copy);
        }
        if (fresh.length === 0) continue;
        const story = (storyId !== null ? (stories.get(storyId) ?? this.store.stories.get(storyId)) : undefined) ?? {
          id: randomUUID(),
          headline: page.analysis.stories.find((s) => s.articles.includes(group[0]!.id))?.headline ?? fresh[0]!.headline,
          copyIds: [],
          createdAt: at,
          updatedAt: at,
        };
        for (const copy of fresh) {
          copy.storyId = story.id;
          storyOfNew.set(copy.id, story.id);
        }
        stories.set(story.id, { ...story, copyIds: [...story.copyIds, ...fresh.map((c) => c.id)], updatedAt: at });
        copies.push(...fresh);
      }
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

  /** The page's own grouping; an article the analysis left out of every story stands alone. */
  private pageGroups(analysis: PageAnalysis): AnalyzedArticle[][] {
    const byId = new Map(analysis.articles.map((a) => [a.id, a]));
    const grouped = analysis.stories.map((s) => s.articles.flatMap((id) => byId.get(id) ?? []));
    const inStory = new Set(grouped.flat().map((a) => a.id));
    return [...grouped.filter((g) => g.length > 0), ...analysis.articles.filter((a) => !inStory.has(a.id)).map((a) => [a])];
  }

  private toCopy(article: AnalyzedArticle, page: AnalyzedPage, importedAt: string): WireCopy {
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
      removed: article.removed,
      importedAt,
      storyId: null,
    };
  }

  /** Built on the first import from every stored copy: its cost is one pass over the store, once per run. */
  private loadGrouper(): Promise<StoryGrouper> {
    this.grouper ??= (async () => {
      const grouper = this.pipeline.createGrouper();
      await this.store.copies.forEach((copy) => void grouper.add(copy.id, groupingText(copy)));
      return grouper;
    })();
    this.grouper.catch(() => (this.grouper = undefined));
    return this.grouper;
  }
}
