import { languageTag } from './item-uris';
import type { ExportMeta } from './types';
import { el, writeXml } from './xml-writer';

const NAMESPACES = {
  'xmlns:cp': 'http://schemas.openxmlformats.org/package/2006/metadata/core-properties',
  'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
  'xmlns:dcterms': 'http://purl.org/dc/terms/',
  'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
};

const stamp = (name: string, at: string) => el(name, { 'xsi:type': 'dcterms:W3CDTF' }, [at]);

/**
 * docProps/core.xml written here rather than by the docx library, which stamps created/modified with the clock and
 * has no language: the title, "Copydesk" as creator, the article's language, and the export time as both dates.
 */
export function coreProperties(title: string, meta: ExportMeta): string {
  const language = languageTag(meta);
  return writeXml(
    el('cp:coreProperties', NAMESPACES, [
      el('dc:title', {}, [title]),
      el('dc:creator', {}, ['Copydesk']),
      ...(language ? [el('dc:language', {}, [language])] : []),
      stamp('dcterms:created', meta.exportedAt),
      stamp('dcterms:modified', meta.exportedAt),
    ]),
  );
}
