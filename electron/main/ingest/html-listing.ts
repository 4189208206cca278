import type { JSDOM } from 'jsdom';
import { pageTextOf } from '../../../shared/domain/extract/xml-tree';
import { sanitizedTree } from './sanitize';

/**
 * Aggregator and listing pages hold several articles; Readability would keep only one of them. Such a page
 * goes to page analysis as text instead, with the page chrome taken out first: navigation, footers, side
 * bars, forms, hidden parts, and link lists (menus, "more stories"), told apart by how much of their text is
 * links rather than by any site's markup.
 */

/** An article element with less text than this is a teaser card, not one of a listing's articles. */
const MIN_LISTED_ARTICLE_CHARS = 400;
/** Blocks whose text is mostly link text and which hold several links are menus or link lists. */
const MAX_LINK_DENSITY = 0.6;
const MIN_LINKS_IN_LINK_LIST = 3;

const CHROME =
  'nav, footer, aside, form, dialog, [hidden], [aria-hidden="true"], ' +
  '[role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [role="search"], [role="dialog"]';
const LINK_LIST_CANDIDATES = 'ul, ol, menu, table, div, section, header, p';
const ARTICLE_UNITS = 'article, [itemtype$="NewsArticle"], [itemtype$="/Article"]';

/** Elements that start and end one item of a listing: a blank line goes around each in the page text. */
const SECTIONS: ReadonlySet<string> = new Set(['article', 'section', 'main', 'hr']);

const textLength = (el: Element): number => (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;

/** Whether the page holds several full articles (not one article with teaser cards around it). */
export function looksLikeListing(doc: Document): boolean {
  const units = Array.from(doc.querySelectorAll(ARTICLE_UNITS)).filter(
    (el) => !el.parentElement?.closest(ARTICLE_UNITS) && textLength(el) >= MIN_LISTED_ARTICLE_CHARS,
  );
  return units.length >= 2;
}

function removeChrome(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll(CHROME))) el.remove();
  const pageText = Math.max(1, textLength(doc.body));
  for (const el of Array.from(doc.body.querySelectorAll(LINK_LIST_CANDIDATES))) {
    if (!el.isConnected) continue;
    const links = el.querySelectorAll('a');
    if (links.length < MIN_LINKS_IN_LINK_LIST) continue;
    const total = textLength(el);
    // Never the bulk of the page: on a pure link listing the links are the content.
    if (total === 0 || total > pageText / 2) continue;
    const linked = Array.from(links).reduce((sum, a) => sum + textLength(a), 0);
    if (linked / total > MAX_LINK_DENSITY) el.remove();
  }
}

/** The page's text for page analysis: chrome removed, sanitised, one block per line. Mutates the DOM. */
export function listingText(dom: JSDOM): string {
  const doc = dom.window.document;
  if (!doc.body) return '';
  removeChrome(doc);
  return pageTextOf(sanitizedTree(dom, doc.body.innerHTML), SECTIONS);
}
