import { xmlSafe } from './xml-writer';

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Text or attribute value for hand-written HTML: markup characters as entities, and the characters HTML and XML
 * cannot carry even as references (controls, lone surrogates) left out, as the XML exporters do. Apostrophes stay
 * as they are: every attribute the exporter writes is double-quoted, and a CMS or a reader of the source should
 * see "Police's", not "Police&#39;s".
 */
export const escapeMarkup = (text: string): string => xmlSafe(text).replace(/[&<>"]/g, (c) => ENTITIES[c]!);
