import createDOMPurify from 'dompurify';
import type { JSDOM } from 'jsdom';
import { toXmlTree } from './dom-tree';
import type { XmlElement } from '../../../shared/domain/extract/xml-tree';

/**
 * Imported markup passes DOMPurify before any of its text is read: whatever an extractor returns could end
 * up rendered in the editor, so scripts, event handlers, forms, templates, inline styles and embedded objects
 * go here, once.
 */
const FORBID_TAGS = ['form', 'input', 'button', 'select', 'textarea', 'iframe', 'object', 'embed', 'style', 'link', 'meta', 'base', 'template'];
// Inline styles carry no article text, and old engines ran CSS expression() and url(javascript:) from them.
const FORBID_ATTR = ['style'];

/** The sanitised markup as the shared element tree (its root is the body holding it). */
export function sanitizedTree(dom: JSDOM, html: string): XmlElement {
  const purify = createDOMPurify(dom.window as unknown as Window & typeof globalThis);
  const body = purify.sanitize(html, { RETURN_DOM: true, FORBID_TAGS, FORBID_ATTR, WHOLE_DOCUMENT: false });
  return toXmlTree(body);
}
