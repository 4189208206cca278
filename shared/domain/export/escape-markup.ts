import { xmlSafe } from './xml-writer';

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text or attribute value for hand-written HTML: markup characters as entities, and the characters HTML and XML
 * cannot carry even as references (controls, lone surrogates) left out, as the XML exporters do.
 */
export const escapeMarkup = (text: string): string => xmlSafe(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
