import type { MergedArticle } from '../merge';
import type { DraftDocument } from './document';
import { readDraftArticle, type DraftBlock } from './read';

const blockText = (block: DraftBlock): string => block.runs.map((run) => run.text).join('');

/**
 * The article as headline and paragraphs: the headline, then the standfirst, byline and dateline that are
 * set, then one paragraph per block (what Draft.text is made of).
 */
export function draftToMergedArticle(document: DraftDocument): MergedArticle {
  const { fields, blocks } = readDraftArticle(document);
  const headline = fields.headline.trim();
  const lead = [fields.standfirst, fields.byline, fields.dateline].map((f) => f.trim()).filter(Boolean);
  return { headline: headline || null, paragraphs: [...lead, ...blocks.map(blockText)] };
}

/** Draft.text: every field that is set and every block, blank-line separated (search, lists, comparisons). */
export function draftText(document: DraftDocument): string {
  const { headline, paragraphs } = draftToMergedArticle(document);
  return [...(headline === null ? [] : [headline]), ...paragraphs].join('\n\n');
}
