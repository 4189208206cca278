import { ExtractError } from './extract-error';
import { decodeEntities } from './html-entities';
import { EXTRACT_LIMITS } from './limits';
import { BLOCK_ELEMENTS, ParagraphCollector, SKIPPED_ELEMENTS } from './paragraph-collector';

/**
 * Body markup inside wire items (ninjs body_html, XHTML strings) as paragraphs, without a DOM: shared/ runs
 * where no DOM exists, and these bodies are simple (p, h*, li, a, em). The reader is tolerant: unclosed or
 * stray tags only move paragraph boundaries, they never fail, and nothing in the markup is ever run or fetched.
 *
 * It is a hand-written scanner rather than one big regular expression because every position is visited a
 * bounded number of times: a regex retried at each "<" of hostile input ("<a "<a "<a "…) takes quadratic time.
 */

const TAG_START = /^<(\/?)([a-zA-Z][\w:.-]{0,63})/;
// Their content is raw text in HTML: a "<" inside a script does not open a tag, so skip to the closing tag.
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noembed', 'noframes']);

const localName = (tag: string): string => tag.toLowerCase().replace(/^.*:/, '');

/** Index of the ">" ending a tag whose attributes start at `from`, skipping quoted values; -1 at end of input. */
function endOfTag(html: string, from: number): number {
  for (let i = from; i < html.length; i++) {
    const ch = html[i];
    if (ch === '>') return i;
    if (ch === '"' || ch === "'") {
      i = html.indexOf(ch, i + 1);
      if (i < 0) return -1;
    }
  }
  return -1;
}

/** Paragraphs of an HTML or XHTML fragment: tags stripped, references decoded, blocks split apart. */
export function htmlFragmentToParagraphs(html: string, source: string): string[] {
  if (html.length > EXTRACT_LIMITS.maxFragmentChars) {
    throw new ExtractError(source, `the article body is too large (${html.length} characters, limit ${EXTRACT_LIMITS.maxFragmentChars})`);
  }
  const out = new ParagraphCollector();
  // Depth inside a skipped element, by name, so nested <svg><g>… ends at the right </svg>.
  let skipping: { name: string; depth: number } | null = null;
  const text = (run: string) => {
    if (!skipping) out.text(run);
  };
  // Index just past a construct starting at `start` and ending with `terminator`; end of input if unterminated.
  const past = (start: number, terminator: string) => {
    const end = html.indexOf(terminator, start);
    return end < 0 ? html.length : end + terminator.length;
  };

  let pos = 0;
  while (pos < html.length) {
    const lt = html.indexOf('<', pos);
    if (lt < 0) {
      text(decodeEntities(html.slice(pos)));
      break;
    }
    if (lt > pos) text(decodeEntities(html.slice(pos, lt)));
    if (html.startsWith('<!--', lt)) {
      pos = past(lt + 4, '-->');
      continue;
    }
    if (html.startsWith('<![CDATA[', lt)) {
      pos = past(lt + 9, ']]>');
      text(html.slice(lt + 9, Math.max(lt + 9, pos - 3)));
      continue;
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?') {
      pos = past(lt, '>');
      continue;
    }
    const tag = TAG_START.exec(html.slice(lt, lt + 66));
    if (!tag) {
      // A "<" that opens no tag ("x < y") is text.
      text('<');
      pos = lt + 1;
      continue;
    }
    const end = endOfTag(html, lt + tag[0].length);
    // An unterminated tag runs to the end of the input, as in browsers: nothing after it is text.
    if (end < 0) break;
    pos = end + 1;
    const closing = tag[1] === '/';
    const name = localName(tag[2]!);
    const selfClosing = html.slice(lt + tag[0].length, end).trimEnd().endsWith('/');
    if (skipping) {
      if (name === skipping.name && !selfClosing) skipping.depth += closing ? -1 : 1;
      if (skipping.depth === 0) skipping = null;
    } else if (SKIPPED_ELEMENTS.has(name)) {
      if (closing || selfClosing) continue;
      if (RAW_TEXT.has(name)) {
        const close = new RegExp(`</${name}`, 'gi');
        close.lastIndex = pos;
        pos = close.exec(html)?.index ?? html.length;
      } else {
        skipping = { name, depth: 1 };
      }
    } else if (BLOCK_ELEMENTS.has(name)) {
      out.boundary();
    }
  }
  return out.finish();
}
