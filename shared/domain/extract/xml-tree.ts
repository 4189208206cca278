import { ParagraphCollector, BLOCK_ELEMENTS, SKIPPED_ELEMENTS, collapseInline } from './paragraph-collector';

/**
 * A parsed XML document reduced to what the wire-format readers need: elements by local name (agencies
 * send the same formats with and without namespaces, so prefixes are dropped), attributes, and text with
 * references already decoded, in document order.
 */
export interface XmlElement {
  name: string;
  attrs: Readonly<Record<string, string>>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

export const isElement = (node: XmlNode | undefined): node is XmlElement => typeof node === 'object';

/** Direct children with this local name (case-insensitive: feeds differ in case, never in meaning). */
export const childrenNamed = (el: XmlElement, name: string): XmlElement[] =>
  el.children.filter((c): c is XmlElement => isElement(c) && c.name.toLowerCase() === name.toLowerCase());

export const childNamed = (el: XmlElement, name: string): XmlElement | undefined => childrenNamed(el, name)[0];

/** Follows a path of child names ("contentMeta", "headline"); undefined when any step is missing. */
export function pathOf(el: XmlElement | undefined, ...names: string[]): XmlElement | undefined {
  let at = el;
  for (const name of names) at = at && childNamed(at, name);
  return at;
}

/** Every descendant element with this local name, in document order (depth-first, outermost first). */
export function descendantsNamed(el: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const wanted = name.toLowerCase();
  const stack: XmlElement[] = [el];
  while (stack.length > 0) {
    const at = stack.pop()!;
    for (let i = at.children.length - 1; i >= 0; i--) {
      const child = at.children[i];
      if (isElement(child)) stack.push(child);
    }
    if (at !== el && at.name.toLowerCase() === wanted) found.push(at);
  }
  return found;
}

/** All text inside an element, whitespace collapsed; null when there is none. */
export function textOf(el: XmlElement | undefined): string | null {
  if (!el) return null;
  const runs: string[] = [];
  const stack: XmlNode[] = [el];
  while (stack.length > 0) {
    const at = stack.pop()!;
    if (isElement(at)) for (let i = at.children.length - 1; i >= 0; i--) stack.push(at.children[i]!);
    else runs.push(at);
  }
  return collapseInline(runs.join('')) || null;
}

function walkBlocks(el: XmlElement, out: ParagraphCollector, sections: ReadonlySet<string>): string[] {
  // Explicit stack with "close" markers instead of recursion: the tree depth is bounded, but keeping the
  // walk flat means no limit has to be argued about here.
  const stack: (XmlNode | { close: 'block' | 'section' })[] = [el];
  while (stack.length > 0) {
    const at = stack.pop()!;
    if (typeof at === 'string') out.text(at);
    else if ('close' in at) {
      if (at.close === 'section') out.gap();
      else out.boundary();
    } else {
      const name = at.name.toLowerCase();
      if (SKIPPED_ELEMENTS.has(name)) continue;
      if (sections.has(name)) {
        out.gap();
        stack.push({ close: 'section' });
      } else if (BLOCK_ELEMENTS.has(name)) {
        out.boundary();
        stack.push({ close: 'block' });
      }
      for (let i = at.children.length - 1; i >= 0; i--) stack.push(at.children[i]!);
    }
  }
  return out.finish();
}

/** The element's body as paragraphs, block elements splitting it (see paragraph-collector). */
export const paragraphsOf = (el: XmlElement): string[] => walkBlocks(el, new ParagraphCollector(), new Set());

/**
 * The element as page text for the analyser: one block per line, and a blank line around each of the
 * `sections` elements (articles, sections of a page), which is where one item of a listing ends.
 */
export const pageTextOf = (el: XmlElement, sections: ReadonlySet<string>): string => walkBlocks(el, new ParagraphCollector(), sections).join('\n');
