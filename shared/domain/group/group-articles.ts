import type { AnalyzedArticle, AnalyzedStory } from '../model/analysis';
import { groupTexts } from './group-texts';
import type { StoryGrouperOptions } from './story-grouper';

/** Stories of analysed articles ("s0", "s1", ... in order of first appearance), grouped on their copy alone. */
export function groupArticles(
  articles: readonly Pick<AnalyzedArticle, 'id' | 'headline' | 'paragraphs'>[],
  options?: StoryGrouperOptions,
): AnalyzedStory[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const groups = groupTexts(
    articles.map((a) => ({ id: a.id, text: a.paragraphs.join('\n') })),
    options,
  );
  return groups.map((ids, i) => ({
    id: `s${i}`,
    headline: ids.map((id) => byId.get(id)!.headline).find((h) => h !== null) ?? null,
    articles: ids,
  }));
}
