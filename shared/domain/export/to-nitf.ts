import type { DraftBlock, DraftRun } from '../draft';
import { groupBlocks } from './block-groups';
import { creditsLine } from './credits';
import { headerFields } from './header-fields';
import { languageTag } from './item-uris';
import { safeHref } from './safe-href';
import type { ExportInput } from './types';
import { el, writeXml, type XmlNode } from './xml-writer';

const NITF_NS = 'http://iptc.org/std/NITF/2006-10-18/';

/** A run as NITF inline content: line breaks as <br/>, and (NITF has emphasis but no bold) bold or italic as <em>. */
function inline(run: DraftRun): XmlNode[] {
  const lines = run.text.split('\n').flatMap((line, k): XmlNode[] => (k === 0 ? [line] : [el('br'), line]));
  const styled = run.bold || run.italic ? [el('em', {}, lines)] : lines;
  const href = safeHref(run.link);
  return href ? [el('a', { href }, styled)] : styled;
}

const inlines = (block: DraftBlock): XmlNode[] => block.runs.flatMap(inline);

function blockNode(block: DraftBlock): XmlNode {
  if (block.kind === 'heading') return el('hl2', {}, inlines(block));
  if (block.kind === 'quote') return el('bq', {}, [el('block', {}, [el('p', {}, inlines(block))])]);
  return el('p', {}, inlines(block));
}

/**
 * The <nitf> element of an article (NITF 3.6): head with title and docdata (doc-id, date.issue), body.head
 * with hedline, byline, dateline and the standfirst as abstract, body.content, and the credits line as the
 * tagline when meta.credits asks for it. Also the body NewsML-G2 items carry (see to-newsml.ts).
 */
export function nitfElement({ article, meta }: ExportInput): XmlNode {
  const { headline, standfirst, byline, dateline } = headerFields(article.fields);
  const head = el('head', {}, [
    ...(headline ? [el('title', {}, [headline])] : []),
    el('docdata', {}, [el('doc-id', { 'id-string': meta.id }), el('date.issue', { norm: meta.exportedAt })]),
  ]);
  const bodyHead = el('body.head', {}, [
    ...(headline ? [el('hedline', {}, [el('hl1', {}, [headline])])] : []),
    ...(byline ? [el('byline', {}, [byline])] : []),
    ...(dateline ? [el('dateline', {}, [dateline])] : []),
    ...(standfirst ? [el('abstract', {}, [el('p', {}, [standfirst])])] : []),
  ]);
  const content = groupBlocks(article.blocks).map((group) =>
    group.kind === 'block' ? blockNode(group.block) : el(group.ordered ? 'ol' : 'ul', {}, group.items.map((item) => el('li', {}, inlines(item)))),
  );
  const credits = creditsLine(meta);
  const body = el('body', {}, [bodyHead, el('body.content', {}, content), ...(credits ? [el('body.end', {}, [el('tagline', {}, [credits])])] : [])]);
  const language = languageTag(meta);
  return el('nitf', { xmlns: NITF_NS, version: '-//IPTC//DTD NITF 3.6//EN', ...(language ? { 'xml:lang': language } : {}) }, [head, body]);
}

/** A standalone NITF 3.6 document, valid against nitf-3-6.xsd. */
export const toNitf = (input: ExportInput): string => writeXml(nitfElement(input));
