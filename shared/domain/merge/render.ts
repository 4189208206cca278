import { escapeMarkdown } from '../text';
import { inText } from './layout';
import type { MergePlan, MergedArticle } from './types';

/** The text a plan describes: the passages in the text, joined into their paragraphs, in story order. */
export function planToArticle(plan: MergePlan): MergedArticle {
  const paragraphs: string[][] = [];
  for (const passage of plan.passages) if (inText(passage)) (paragraphs[passage.paragraph!] ??= []).push(passage.text);
  return { headline: plan.headline, paragraphs: paragraphs.map((sentences) => sentences.join(' ')) };
}

export type ArticleFormat = 'txt' | 'md';

/** The article as a file: headline, a blank line, then paragraphs separated by blank lines; ends with a newline. */
export function renderArticle(article: MergedArticle, format: ArticleFormat): string {
  const body = format === 'md' ? article.paragraphs.map(escapeMarkdown) : article.paragraphs;
  const head = article.headline === null ? [] : [format === 'md' ? `# ${escapeMarkdown(article.headline)}` : article.headline];
  return `${[...head, ...body].join('\n\n')}\n`;
}
