import { ExtractError } from './extract-error';
import { withoutRepeatedHeadline } from './headline-repeat';
import { readNitf } from './nitf';
import { plainTextToParagraphs } from './plain-paragraphs';
import { parseXmlSafely } from './safe-xml';
import { isoFromStated } from './stated-time';
import type { ExtractedArticle } from './types';
import { childNamed, childrenNamed, descendantsNamed, isElement, pathOf, paragraphsOf, textOf, type XmlElement } from './xml-tree';

/**
 * NewsML-G2: a single <newsItem> or a <newsMessage> bundling several items (packages, pictures, text).
 * Each text item with a body becomes an article; the body is NITF or (X)HTML in <inlineXML>, or plain text
 * in <inlineData>. Elements are matched by local name because real feeds drop the G2 namespace.
 */

const qcodeTail = (el: XmlElement | undefined): string | null => el?.attrs.qcode?.replace(/^[^:]*:/, '').trim() || null;

/** The body of an item as paragraphs plus the embedded NITF, if the body is NITF. */
function bodyOf(item: XmlElement): { paragraphs: string[]; nitf: ExtractedArticle | null } {
  const contentSet = childNamed(item, 'contentSet');
  if (!contentSet) return { paragraphs: [], nitf: null };
  for (const inline of childrenNamed(contentSet, 'inlineXML')) {
    const nitf = inline.children.find((c): c is XmlElement => isElement(c) && c.name.toLowerCase() === 'nitf');
    if (nitf) {
      const article = readNitf(nitf);
      return { paragraphs: article.paragraphs, nitf: article };
    }
    const body = descendantsNamed(inline, 'body')[0] ?? inline;
    const paragraphs = paragraphsOf(body);
    if (paragraphs.length > 0) return { paragraphs, nitf: null };
  }
  for (const inline of childrenNamed(contentSet, 'inlineData')) {
    const paragraphs = plainTextToParagraphs(textOfRaw(inline));
    if (paragraphs.length > 0) return { paragraphs, nitf: null };
  }
  return { paragraphs: [], nitf: null };
}

// inlineData is plain text whose line breaks are the paragraph breaks, so its text must not be collapsed.
const textOfRaw = (el: XmlElement): string => el.children.map((c) => (isElement(c) ? textOfRaw(c) : c)).join('');

function readItem(item: XmlElement): ExtractedArticle | null {
  const { paragraphs, nitf } = bodyOf(item);
  if (paragraphs.length === 0) return null;
  const meta = childNamed(item, 'contentMeta');
  const itemMeta = childNamed(item, 'itemMeta');
  const headline = textOf(pathOf(meta, 'headline')) ?? nitf?.headline ?? null;
  const published =
    textOf(pathOf(itemMeta, 'versionCreated')) ?? textOf(pathOf(itemMeta, 'firstCreated')) ?? textOf(pathOf(meta, 'contentCreated')) ?? nitf?.published ?? null;
  return {
    outlet:
      textOf(pathOf(item, 'rightsInfo', 'copyrightHolder', 'name')) ??
      textOf(pathOf(itemMeta, 'provider', 'name')) ??
      qcodeTail(pathOf(itemMeta, 'provider')) ??
      nitf?.outlet ??
      null,
    headline,
    published,
    publishedAt: isoFromStated(published),
    byline: textOf(pathOf(meta, 'by')) ?? nitf?.byline ?? textOf(pathOf(meta, 'creator', 'name')),
    dateline: textOf(pathOf(meta, 'dateline')) ?? nitf?.dateline ?? textOf(pathOf(meta, 'located', 'name')),
    paragraphs: withoutRepeatedHeadline(paragraphs, headline),
  };
}

/** Every text item of a NewsML-G2 document that has a body, in document order. */
export function parseNewsmlG2(xml: string, source: string): ExtractedArticle[] {
  const root = parseXmlSafely(xml, source);
  const name = root.name.toLowerCase();
  if (name !== 'newsitem' && name !== 'newsmessage') {
    throw new ExtractError(source, `not a NewsML-G2 document (its root element is <${root.name}>, expected <newsItem> or <newsMessage>)`);
  }
  const items = name === 'newsitem' ? [root] : descendantsNamed(root, 'newsItem');
  const articles = items.map(readItem).filter((a): a is ExtractedArticle => a !== null);
  if (articles.length === 0) {
    throw new ExtractError(source, `the NewsML-G2 document has no text item with a body (${items.length} item(s) read)`);
  }
  return articles;
}
