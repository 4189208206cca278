import { ExtractError } from './extract-error';
import { withoutRepeatedHeadline } from './headline-repeat';
import { parseXmlSafely } from './safe-xml';
import { isoFromStated } from './stated-time';
import type { ExtractedArticle } from './types';
import { pathOf, paragraphsOf, textOf, type XmlElement } from './xml-tree';

/**
 * NITF (News Industry Text Format), standalone or carried inside a NewsML-G2 item. Only elements are read,
 * never namespaces, because agencies send it both with and without the NITF namespace.
 */

const attr = (el: XmlElement | undefined, name: string): string | null => el?.attrs[name]?.trim() || null;

/** One article from an <nitf> element. */
export function readNitf(nitf: XmlElement): ExtractedArticle {
  const head = pathOf(nitf, 'head');
  const bodyHead = pathOf(nitf, 'body', 'body.head');
  const content = pathOf(nitf, 'body', 'body.content');
  const headline = textOf(pathOf(bodyHead, 'hedline', 'hl1')) ?? textOf(pathOf(head, 'title'));
  const published =
    attr(pathOf(head, 'docdata', 'date.issue'), 'norm') ??
    attr(pathOf(head, 'pubdata'), 'date.publication') ??
    attr(pathOf(bodyHead, 'dateline', 'story.date'), 'norm');
  return {
    outlet: textOf(pathOf(bodyHead, 'distributor')) ?? attr(pathOf(head, 'docdata', 'doc-id'), 'regsrc'),
    headline,
    published,
    publishedAt: isoFromStated(published),
    byline: textOf(pathOf(bodyHead, 'byline')),
    dateline: textOf(pathOf(bodyHead, 'dateline')),
    paragraphs: content ? withoutRepeatedHeadline(paragraphsOf(content), headline) : [],
  };
}

/** A standalone NITF document as its one article. */
export function parseNitf(xml: string, source: string): ExtractedArticle[] {
  const root = parseXmlSafely(xml, source);
  if (root.name.toLowerCase() !== 'nitf') {
    throw new ExtractError(source, `not an NITF document (its root element is <${root.name}>, expected <nitf>)`);
  }
  const article = readNitf(root);
  if (article.paragraphs.length === 0) throw new ExtractError(source, 'the NITF document has no body text (no <body.content> paragraphs)');
  return [article];
}
