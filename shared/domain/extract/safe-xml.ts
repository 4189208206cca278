import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ExtractError } from './extract-error';
import { decodeEntities } from './html-entities';
import { EXTRACT_LIMITS } from './limits';
import type { XmlElement, XmlNode } from './xml-tree';

/**
 * Parses untrusted XML without any of XML's dangerous features. A DOCTYPE that declares entities ("billion
 * laughs" expansion) or points at an external file (XXE) is refused outright: no wire format needs either.
 * The parser itself expands no entities; only character references and the HTML names bodies use are decoded,
 * which cannot grow the text.
 */

const DOCTYPE = /<!DOCTYPE\b[^>[]*(\[[\s\S]*?\])?[^>]*>/i;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  cdataPropName: '#cdata',
  ignoreDeclaration: true,
  ignorePiTags: true,
  maxNestedTags: EXTRACT_LIMITS.maxXmlDepth,
});

function refuseDangerousDoctype(xml: string, source: string): void {
  const doctype = DOCTYPE.exec(xml);
  if (!doctype) return;
  // The whole text, not just the match: a "]" in a comment or quoted value inside the DOCTYPE ends the match
  // early, and the declarations after it would slip past a check of the match alone.
  if (/<!ENTITY/i.test(xml)) {
    throw new ExtractError(source, 'refused XML that declares entities in its DOCTYPE (entity expansion is not allowed)');
  }
  if (/\b(?:SYSTEM|PUBLIC)\b/.test(doctype[0])) {
    throw new ExtractError(source, 'refused XML whose DOCTYPE refers to an external file (external entities are not allowed)');
  }
}

// fast-xml-parser's ordered output: [{ tag: [children], ':@': {attrs} }, { '#text': '...' }, ...].
type Ordered = Record<string, unknown>;

const localName = (name: string): string => name.replace(/^.*:/, '');

function convert(entry: Ordered, depth: number, source: string): XmlNode | null {
  if (depth > EXTRACT_LIMITS.maxXmlDepth) {
    throw new ExtractError(source, `malformed XML (elements nested deeper than ${EXTRACT_LIMITS.maxXmlDepth} levels)`);
  }
  if ('#text' in entry) return decodeEntities(String(entry['#text']));
  const tag = Object.keys(entry).find((key) => key !== ':@');
  if (tag === undefined) return null;
  const inner = (entry[tag] as Ordered[]) ?? [];
  if (tag === '#cdata') return inner.map((c) => String(c['#text'] ?? '')).join('');
  const attrs: Record<string, string> = {};
  for (const [key, value] of Object.entries((entry[':@'] as Record<string, unknown>) ?? {})) {
    if (key !== 'xmlns' && !key.startsWith('xmlns:')) attrs[localName(key)] = decodeEntities(String(value));
  }
  const children = inner.map((c) => convert(c, depth + 1, source)).filter((c): c is XmlNode => c !== null);
  return { name: localName(tag), attrs, children };
}

/** The document's root element, or an ExtractError naming the file and what is wrong with it. */
export function parseXmlSafely(xml: string, source: string): XmlElement {
  if (xml.length > EXTRACT_LIMITS.maxXmlChars) {
    throw new ExtractError(source, `the XML file is too large (${xml.length} characters, limit ${EXTRACT_LIMITS.maxXmlChars})`);
  }
  refuseDangerousDoctype(xml, source);
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new ExtractError(source, `malformed XML (line ${valid.err.line}: ${valid.err.msg})`);
  }
  let ordered: Ordered[];
  try {
    ordered = parser.parse(xml) as Ordered[];
  } catch (error) {
    throw new ExtractError(source, `malformed XML (${error instanceof Error ? error.message : String(error)})`);
  }
  const root = ordered.map((entry) => convert(entry, 0, source)).find((node): node is XmlElement => typeof node === 'object' && node !== null);
  if (!root) throw new ExtractError(source, 'malformed XML (no root element)');
  return root;
}
