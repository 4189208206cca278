import type { ExportedFile, ExportFormat } from '../../../shared/api/contract';
import type { Draft } from '../../../shared/domain/model';

/** Longest file name stem: leaves room for the extension and a " (2)" within every file system's 255. */
const MAX_STEM = 80;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** A file name safe on Windows, macOS and Linux, made from a title; "draft" when nothing usable is left. */
export function safeFilename(title: string, extension: string): string {
  const stem = title
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}<>:"/\\|?*]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_STEM)
    .replace(/[ .]+$/, '');
  const usable = stem === '' || WINDOWS_RESERVED.test(stem) ? `draft${stem ? `-${stem}` : ''}` : stem;
  return `${usable}.${extension}`;
}

/** The draft's plain text as paragraphs: one per non-empty line. */
const paragraphsOf = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** A paragraph that Markdown would read as a heading, quote, list or rule is escaped to stay a paragraph. */
const escapeMarkdownBlock = (paragraph: string): string => paragraph.replace(/^(#|>|[-+*](?=\s)|\d+(?=[.)]\s)|(?:[-*_]\s*){3,}$)/, '\\$1');

/** A draft as a plain-text or Markdown file: title, blank line, paragraphs separated by blank lines. */
export function exportDraft(draft: Draft, format: ExportFormat): ExportedFile {
  const title = draft.title.trim() || 'Untitled draft';
  const paragraphs = paragraphsOf(draft.text);
  if (format === 'md') {
    const body = [`# ${title.replace(/\s+/g, ' ')}`, ...paragraphs.map(escapeMarkdownBlock)].join('\n\n');
    return { filename: safeFilename(title, 'md'), mime: 'text/markdown;charset=utf-8', content: `${body}\n` };
  }
  return { filename: safeFilename(title, 'txt'), mime: 'text/plain;charset=utf-8', content: `${[title, ...paragraphs].join('\n\n')}\n` };
}
