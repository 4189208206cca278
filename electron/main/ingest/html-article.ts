import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { JSDOM } from 'jsdom';
import { withoutRepeatedHeadline } from '../../../shared/domain/extract/headline-repeat';
import { withoutSiteSuffix } from '../../../shared/domain/extract/site-suffix';
import { isoFromStated } from '../../../shared/domain/extract/stated-time';
import type { ExtractedArticle } from '../../../shared/domain/extract/types';
import { paragraphsOf } from '../../../shared/domain/extract/xml-tree';
import { statedPublishedTime, statedSiteName } from './html-metadata';
import { sanitizedTree } from './sanitize';

/**
 * A page holding one article, read with Mozilla Readability (the extractor behind Firefox Reader View) and
 * sanitised before its text is taken. Returns null when the page does not hold an article.
 */

/** Less text than this is a teaser, a paywall stub or a listing card, not an article body. */
const MIN_ARTICLE_CHARS = 500;

export function readSingleArticle(dom: JSDOM): ExtractedArticle | null {
  const doc = dom.window.document;
  // Readability rewrites the document it reads; the caller may still need the original.
  const copy = doc.cloneNode(true) as Document;
  const parsed = new Readability(copy, { charThreshold: MIN_ARTICLE_CHARS }).parse();
  if (!parsed?.content || (parsed.length ?? 0) < MIN_ARTICLE_CHARS) return null;
  if (!isProbablyReaderable(doc) && (parsed.length ?? 0) < 2 * MIN_ARTICLE_CHARS) return null;
  const outlet = parsed.siteName?.trim() || statedSiteName(doc);
  const headline = withoutSiteSuffix(parsed.title ?? null, outlet);
  const published = parsed.publishedTime?.trim() || statedPublishedTime(doc);
  const paragraphs = withoutRepeatedHeadline(paragraphsOf(sanitizedTree(dom, parsed.content)), headline);
  if (paragraphs.length === 0) return null;
  return {
    outlet,
    headline,
    published,
    publishedAt: isoFromStated(published),
    byline: parsed.byline?.trim() || null,
    // Datelines sit inside the first paragraph on web pages; telling them apart is page analysis's job.
    dateline: null,
    paragraphs,
  };
}
