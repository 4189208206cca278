import { inText } from './layout';
import type { MergePlan, MergedArticle } from './types';

/** The text a plan describes: the passages in the text, joined into their paragraphs, in story order. */
export function planToArticle(plan: MergePlan): MergedArticle {
  const paragraphs: string[][] = [];
  for (const passage of plan.passages) if (inText(passage)) (paragraphs[passage.paragraph!] ??= []).push(passage.text);
  return { headline: plan.headline, paragraphs: paragraphs.map((sentences) => sentences.join(' ')) };
}

export type ArticleFormat = 'txt' | 'md';

/**
 * Line starts Markdown would read as a heading, quote, list item, rule or code block; a news paragraph
 * beginning "1. The ..." or "- " must stay a paragraph.
 */
const MARKDOWN_LINE_START = /^(\s*)([#>+*-]|\d+[.)])/;

const escapeMarkdown = (text: string): string => text.replace(/([\\`*_[\]<])/g, '\\$1').replace(MARKDOWN_LINE_START, (_, space: string, mark: string) => `${space}${mark.replace(/([#>+*-]|[.)])$/, '\\$1')}`);

/** The article as a file: headline, a blank line, then paragraphs separated by blank lines; ends with a newline. */
export function renderArticle(article: MergedArticle, format: ArticleFormat): string {
  const body = format === 'md' ? article.paragraphs.map(escapeMarkdown) : article.paragraphs;
  const head = article.headline === null ? [] : [format === 'md' ? `# ${escapeMarkdown(article.headline)}` : article.headline];
  return `${[...head, ...body].join('\n\n')}\n`;
}
