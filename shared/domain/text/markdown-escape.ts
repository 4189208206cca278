/**
 * Line starts Markdown would read as a heading, quote, list item, rule or code block; a news paragraph
 * beginning "1. The ..." or "- " must stay a paragraph. Multiline: a line break inside a paragraph starts a
 * new Markdown line too.
 */
const MARKDOWN_LINE_START = /^([ \t]*)([#>+*-]|\d+[.)])/gm;

/** Inline characters Markdown would read as emphasis, code, links, HTML or a character reference. */
const MARKDOWN_INLINE = /([\\`*_[\]<]|&(?=#?\w{1,32};))/g;

/** Block marks escaped at every line start of already inline-escaped text. */
export const escapeMarkdownLineStarts = (text: string): string =>
  text.replace(MARKDOWN_LINE_START, (_, space: string, mark: string) => `${space}${mark.replace(/([#>+*-]|[.)])$/, '\\$1')}`);

/** Text that reads back from Markdown exactly as written: inline marks escaped everywhere, block marks at line starts. */
export const escapeMarkdown = (text: string): string => escapeMarkdownLineStarts(escapeMarkdownInline(text));

/** Inline escaping alone, for a run in the middle of a line (its line start is escaped with the whole line). */
export const escapeMarkdownInline = (text: string): string => text.replace(MARKDOWN_INLINE, '\\$1');
