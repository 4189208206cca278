import { ExtractError } from './extract-error';
import { decodeEntities } from './html-entities';
import { EXTRACT_LIMITS } from './limits';
import { BLOCK_ELEMENTS, ParagraphCollector, SKIPPED_ELEMENTS } from './paragraph-collector';

/**
 * Body markup inside wire items (ninjs body_html, XHTML strings) as paragraphs, without a DOM: shared/ runs
 * where no DOM exists, and these bodies are simple (p, h*, li, a, em). The reader is tolerant: unclosed or
 * stray tags only move paragraph boundaries, they never fail, and nothing in the markup is ever run or fetched.
 */

// One token at a time: a comment, a CDATA section, a declaration or processing instruction, or a tag whose
// attributes may hold quoted ">" characters.
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)|<[!?][^>]*>?|<(\/?)([a-zA-Z][\w:.-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

// Their content is raw text in HTML: a "<" inside a script does not open a tag, so skip to the closing tag.
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noembed', 'noframes']);

const localName = (tag: string): string => tag.toLowerCase().replace(/^.*:/, '');

/** Paragraphs of an HTML or XHTML fragment: tags stripped, references decoded, blocks split apart. */
export function htmlFragmentToParagraphs(html: string, source: string): string[] {
  if (html.length > EXTRACT_LIMITS.maxFragmentChars) {
    throw new ExtractError(source, `the article body is too large (${html.length} characters, limit ${EXTRACT_LIMITS.maxFragmentChars})`);
  }
  const out = new ParagraphCollector();
  // Depth inside skipped elements, by name, so nested <svg><g>… closes at the right </svg>.
  let skipping: { name: string; depth: number } | null = null;
  let last = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); m !== null; m = TOKEN.exec(html)) {
    if (!skipping && m.index > last) out.text(decodeEntities(html.slice(last, m.index)));
    last = TOKEN.lastIndex;
    const [, cdata, closing, rawName, attrs] = m;
    if (cdata !== undefined && !skipping) out.text(cdata);
    if (rawName === undefined) continue;
    const name = localName(rawName);
    const selfClosing = /\/\s*$/.test(attrs ?? '');
    if (skipping) {
      if (name === skipping.name && !selfClosing) skipping.depth += closing ? -1 : 1;
      if (skipping.depth === 0) skipping = null;
      continue;
    }
    if (SKIPPED_ELEMENTS.has(name)) {
      if (closing || selfClosing) continue;
      if (RAW_TEXT.has(name)) {
        const close = new RegExp(`</${name}`, 'gi');
        close.lastIndex = last;
        last = close.exec(html)?.index ?? html.length;
        TOKEN.lastIndex = last;
      } else {
        skipping = { name, depth: 1 };
      }
      continue;
    }
    if (BLOCK_ELEMENTS.has(name)) out.boundary();
  }
  if (!skipping && last < html.length) out.text(decodeEntities(html.slice(last)));
  return out.finish();
}
