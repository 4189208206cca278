import { XMLBuilder } from 'fast-xml-parser';

/**
 * XML documents built as trees and serialized by fast-xml-parser's XMLBuilder (ordered mode, which escapes
 * &, <, >, quotes in text and attributes). Characters XML 1.0 forbids (C0 controls, lone surrogates,
 * U+FFFE/FFFF) cannot be escaped at all, so they are dropped here rather than making the document invalid.
 */

export type XmlNode = { name: string; attrs: Record<string, string>; children: XmlNode[] } | string;

export const el = (name: string, attrs: Record<string, string> = {}, children: XmlNode[] = []): XmlNode => ({ name, attrs, children });

/** A UTF-16 surrogate without its pair: not a character, so neither XML nor URI encoding can carry it. */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const NOT_XML_CHAR = new RegExp(`[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]|${LONE_SURROGATE.source}`, 'g');

export const xmlSafe = (text: string): string => text.replace(NOT_XML_CHAR, '');

type Ordered = Record<string, unknown>;

function toOrdered(node: XmlNode): Ordered {
  if (typeof node === 'string') return { '#text': xmlSafe(node) };
  const attrs = Object.fromEntries(Object.entries(node.attrs).map(([k, v]) => [`@_${k}`, xmlSafe(v)]));
  return { [node.name]: node.children.map(toOrdered), ...(Object.keys(attrs).length > 0 ? { ':@': attrs } : {}) };
}

const builder = new XMLBuilder({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '@_', suppressEmptyNode: true });

/** A standalone UTF-8 document with `root` as its element. */
export function writeXml(root: XmlNode): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${String(builder.build([toOrdered(root)]))}\n`;
}
