import { ExtractError } from './extract-error';
import { EXTRACT_LIMITS } from './limits';
import { normalizeText } from '../text/normalize';

/**
 * Markdown as plain text for page analysis: one block (heading, paragraph, list item, quote) per line, with
 * a blank line wherever the source had one. Markup goes, its text stays: emphasis markers, link targets and
 * images are removed, link texts kept.
 */

const FENCE = /^(```|~~~)/;
const HEADING = /^#{1,6}\s+(.*?)(?:\s+#+)?$/;
const SETEXT_UNDERLINE = /^(?:=+|-+)$/;
const RULE = /^(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$/;
const LIST_ITEM = /^(?:[-*+]|\d{1,9}[.)])\s+/;
const QUOTE = /^(?:>\s?)+/;
const REFERENCE_DEFINITION = /^\[[^\]]+\]:\s*\S+/;

/**
 * Longer lines are kept as they are: no prose paragraph is this long, and the bounded patterns below cost up
 * to a few thousand steps per marker, which stays small only on lines of sane length.
 */
const MAX_INLINE_LINE = 10_000;

/** Inline markup of one line removed; backslash-escaped characters kept literally. */
function stripInline(line: string): string {
  if (line.length > MAX_INLINE_LINE) return line;
  const escaped: string[] = [];
  // Escapes are set aside first so "\*" is never read as emphasis.
  const text = line.replace(/\\([\\`*_{}[\]()#+\-.!~>|])/g, (_, ch: string) => `\uE000${escaped.push(ch) - 1}\uE000`);
  // Every span is bounded so that a hostile line of unmatched markers costs linear, not quadratic, time.
  return text
    .replace(/!\[([^\]]{0,500})\]\([^)]{0,2000}\)/g, '')
    .replace(/!\[([^\]]{0,500})\]\[[^\]]{0,200}\]/g, '')
    .replace(/\[([^\]]{1,500})\]\([^)]{0,2000}\)/g, '$1')
    .replace(/\[([^\]]{1,500})\]\[[^\]]{0,200}\]/g, '$1')
    .replace(/<((?:https?|mailto):[^>\s]{1,2000})>/g, '$1')
    .replace(/`+([^`]{1,500}?)`+/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.{1,500}?)(?<=\S)\1/g, '$2')
    .replace(/(?<![\p{L}\p{N}])([*_])(?=\S)(.{1,500}?)(?<=\S)\1(?![\p{L}\p{N}])/gu, '$2')
    .replace(/~~(?=\S)(.{1,500}?)(?<=\S)~~/g, '$1')
    .replace(/\\$/, '')
    .replace(/\uE000(\d+)\uE000/g, (_, i: string) => escaped[Number(i)]!)
    .trim();
}

/** The Markdown file as analyser text, or an ExtractError naming the file. */
export function markdownToText(markdown: string, source: string): string {
  if (markdown.length > EXTRACT_LIMITS.maxMarkdownChars) {
    throw new ExtractError(source, `the Markdown file is too large (${markdown.length} characters, limit ${EXTRACT_LIMITS.maxMarkdownChars})`);
  }
  const out: string[] = [];
  let paragraph: string[] = [];
  let inFence = false;
  const endBlock = () => {
    const text = paragraph.filter((part) => part !== '').join(' ');
    if (text !== '') out.push(text);
    paragraph = [];
  };
  const blankLine = () => {
    endBlock();
    if (out.length > 0 && out.at(-1) !== '') out.push('');
  };
  for (const raw of normalizeText(markdown).split('\n')) {
    if (FENCE.test(raw)) {
      endBlock();
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      if (raw !== '') out.push(raw);
      continue;
    }
    const line = raw.replace(QUOTE, '');
    if (SETEXT_UNDERLINE.test(line) && paragraph.length > 0) {
      // "Title\n=====" or "Title\n-----": the paragraph so far was a heading, already its own line.
      endBlock();
      continue;
    }
    if (line === '' || RULE.test(line)) {
      blankLine();
      continue;
    }
    if (REFERENCE_DEFINITION.test(line)) continue;
    const heading = HEADING.exec(line);
    if (heading) {
      endBlock();
      out.push(stripInline(heading[1]!));
      continue;
    }
    if (LIST_ITEM.test(line)) {
      endBlock();
      paragraph.push(stripInline(line.replace(LIST_ITEM, '')));
      continue;
    }
    paragraph.push(stripInline(line));
  }
  endBlock();
  while (out.at(-1) === '') out.pop();
  return out.join('\n');
}
