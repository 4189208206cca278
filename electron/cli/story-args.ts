import { orderByTime } from '../../shared/domain/align';
import type { AnalyzedArticle, AnalyzedStory, PageAnalysis } from '../../shared/domain/model';

// The story a command that works on one story (`diff`, `merge`) names with --story, found one way.

/**
 * The story `--story ID` names and its versions oldest first, or what is wrong with the id: shared by the
 * commands that take a story (`diff`, `merge`) so they accept the same ids `analyze` prints.
 */
export function storyVersions(analysis: PageAnalysis, storyId: string): { story: AnalyzedStory; versions: AnalyzedArticle[] } | string {
  const story = analysis.stories.find((s) => s.id === storyId);
  if (!story) return `no story "${storyId}" in these files (stories: ${analysis.stories.map((s) => s.id).join(', ')})`;
  return { story, versions: orderByTime(analysis.articles.filter((a) => story.articles.includes(a.id))) };
}
