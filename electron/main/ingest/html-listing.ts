import type { JSDOM } from 'jsdom';
import { pageTextOf } from '../../../shared/domain/extract/xml-tree';
import { TEXT_NODE } from './dom-tree';
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

interface TextStats {
  /** Non-space characters of text inside the element. */
  chars: number;
  /** Of those, the ones inside links. */
  linked: number;
  links: number;
}

/** Text statistics of every element, in one bottom-up pass (asking each element for textContent is quadratic). */
function textStats(root: Element): Map<Element, TextStats> {
  const stats = new Map<Element, TextStats>();
  const order: Element[] = [];
  const stack: Element[] = [root];
  while (stack.length > 0) {
    const el = stack.pop()!;
    order.push(el);
    for (const child of Array.from(el.children)) stack.push(child);
  }
  // Children come after their parent in `order`, so walking it backwards sees every child first.
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i]!;
    const own = { chars: 0, linked: 0, links: el.localName === 'a' ? 1 : 0 };
    for (const child of Array.from(el.childNodes)) {
      const sub = stats.get(child as Element);
      if (sub) {
        own.chars += sub.chars;
        own.linked += sub.linked;
        own.links += sub.links;
      } else if (child.nodeType === TEXT_NODE) {
        own.chars += (child.nodeValue ?? '').replace(/\s+/g, '').length;
      }
    }
    if (el.localName === 'a') own.linked = own.chars;
    stats.set(el, own);
  }
  return stats;
}

function removeChrome(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll(CHROME))) el.remove();
  const stats = textStats(doc.body);
  const pageChars = Math.max(1, stats.get(doc.body)!.chars);
  for (const el of Array.from(doc.body.querySelectorAll(LINK_LIST_CANDIDATES))) {
    const { chars, linked, links } = stats.get(el)!;
    // Never the bulk of the page: on a pure link listing the links are the content.
    if (links < MIN_LINKS_IN_LINK_LIST || chars === 0 || chars > pageChars / 2) continue;
    if (linked / chars > MAX_LINK_DENSITY && el.isConnected) el.remove();
  }
}

/** The page's text for page analysis: chrome removed, sanitised, one block per line. Mutates the DOM. */
export function listingText(dom: JSDOM): string {
  const doc = dom.window.document;
  if (!doc.body) return '';
  removeChrome(doc);
  return pageTextOf(sanitizedTree(dom, doc.body.innerHTML), SECTIONS);
}
