import { ExtractError } from '../../../shared/domain/extract/extract-error';
import type { Extracted } from '../../../shared/domain/extract/types';
import { readSingleArticle } from './html-article';
import { openHtmlDocument } from './html-document';
import { listingText, looksLikeListing } from './html-listing';

/**
 * jsdom's parse time grows with the page; this caps it (a saved article page is 50 KB–1 MB, a listing with
 * inline images a few MB). Larger pages are refused rather than left to stall the import.
 */
export const MAX_HTML_CHARS = 5_000_000;
/** Less text than this, once navigation and link lists are gone, is no article at all (an index or error page). */
const MIN_PAGE_TEXT_CHARS = 200;

/**
 * A saved web page: one article when it holds one (format 'html'), otherwise its text for page analysis
 * (format 'html-page'), which splits listings and aggregator pages into their articles.
 */
export function extractHtmlPage(html: string, source: string): Extracted {
  if (html.length > MAX_HTML_CHARS) {
    throw new ExtractError(source, `the web page is too large (${html.length} characters, limit ${MAX_HTML_CHARS})`);
  }
  const dom = openHtmlDocument(html);
  try {
    if (!looksLikeListing(dom.window.document)) {
      const article = readSingleArticle(dom);
      if (article) return { format: 'html', articles: [article] };
    }
    const text = listingText(dom);
    const chars = text.replace(/\s+/g, '').length;
    if (chars < MIN_PAGE_TEXT_CHARS) {
      throw new ExtractError(source, `no article found in the web page (only ${chars} characters of text outside navigation and link lists)`);
    }
    return { format: 'html-page', text };
  } finally {
    dom.window.close();
  }
}
