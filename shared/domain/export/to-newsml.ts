import { headerFields } from './header-fields';
import { itemUri, languageTag, sourceAddress, sourceId, sourceName } from './item-uris';
import { nitfElement } from './to-nitf';
import type { ExportInput } from './types';
import { el, writeXml, type XmlNode } from './xml-writer';

const G2_NS = 'http://iptc.org/std/nar/2006-10-01/';
// The IPTC catalog declares the ninat, stat, irel and drol schemes the qcodes below use.
const IPTC_CATALOG = 'http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_32.xml';
/** Copydesk as the item's provider: a local tool has no agency qcode, so it names itself by URI. */
const PROVIDER_URI = 'urn:copydesk:provider';

/**
 * A NewsML-G2 2.35 newsItem of class text (guid from the draft id, version from meta.revision, which the
 * schema wants positive as drafts' revisions are). Each source copy is an itemMeta link with rel
 * irel:derivedFrom, its urn as residref and its address, when it has a safe one, as href; the standfirst is a
 * description with role drol:summary. The body is the article's NITF in inlineXML, the form IPTC's own text
 * examples use, which also keeps headings, quotes and lists that a plain body would lose.
 */
export function toNewsml(input: ExportInput): string {
  const { article, meta } = input;
  const { headline, standfirst, byline, dateline } = headerFields(article.fields);
  const language = languageTag(meta);
  const itemMeta = el('itemMeta', {}, [
    el('itemClass', { qcode: 'ninat:text' }),
    el('provider', { uri: PROVIDER_URI }),
    el('versionCreated', {}, [meta.exportedAt]),
    el('pubStatus', { qcode: 'stat:usable' }),
    ...meta.sources.map((source) => {
      const href = sourceAddress(source);
      return el('link', { rel: 'irel:derivedFrom', residref: sourceId(source), ...(href ? { href } : {}) }, [el('title', {}, [sourceName(source)])]);
    }),
  ]);
  const contentMeta = el('contentMeta', {}, [
    el('contentCreated', {}, [meta.exportedAt]),
    ...(byline ? [el('by', {}, [byline])] : []),
    ...(dateline ? [el('dateline', {}, [dateline])] : []),
    ...(language ? [el('language', { tag: language })] : []),
    ...(headline ? [el('headline', {}, [headline])] : []),
    ...(standfirst ? [el('description', { role: 'drol:summary' }, [standfirst])] : []),
  ]);
  const contentSet = el('contentSet', {}, [el('inlineXML', { contenttype: 'application/nitf+xml' }, [nitfElement(input)])]);
  const root: XmlNode = el(
    'newsItem',
    { xmlns: G2_NS, guid: itemUri(meta), version: String(meta.revision), standard: 'NewsML-G2', standardversion: '2.35', conformance: 'power', ...(language ? { 'xml:lang': language } : {}) },
    [el('catalogRef', { href: IPTC_CATALOG }), itemMeta, contentMeta, contentSet],
  );
  return writeXml(root);
}
