import type { XmlElement } from '../../../shared/domain/extract/xml-tree';

/**
 * A DOM subtree as the shared element tree, so HTML pages and Word files go through the same paragraph
 * walk as wire-format bodies (shared/domain/extract/xml-tree.ts) instead of a second copy of it.
 */

const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

export function toXmlTree(root: Element): XmlElement {
  const convert = (el: Element): XmlElement => ({
    name: el.localName,
    attrs: Object.fromEntries(Array.from(el.attributes, (a) => [a.localName, a.value])),
    children: [],
  });
  const top = convert(root);
  // Iterative: pages nest deeply and the DOM has no depth limit of its own.
  const stack: [Node, XmlElement][] = [[root, top]];
  while (stack.length > 0) {
    const [node, into] = stack.pop()!;
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE || child.nodeType === CDATA_SECTION_NODE) {
        into.children.push(child.nodeValue ?? '');
      } else if (child.nodeType === ELEMENT_NODE) {
        const element = convert(child as Element);
        into.children.push(element);
        stack.push([child, element]);
      }
    }
  }
  return top;
}
