import { normalizeText } from '../text/normalize';

/**
 * Which elements start a new paragraph and which hold no article text, for every markup the extractors
 * read: HTML and XHTML bodies, NITF (hl1, hl2, body.head parts) and the blocks mammoth writes for Word files.
 * Both the tolerant HTML fragment reader and the XML tree walk use these, so a body gives the same paragraphs
 * whichever way it arrived.
 */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav',
  'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
  // NITF
  'hl1', 'hl2', 'hedline', 'byline', 'dateline', 'abstract', 'block', 'bq', 'credit',
  'note', 'tagline', 'body.head', 'body.content', 'body.end', 'nitf-table',
]);

/**
 * Elements whose content is never article text: code, styling, embedded objects, form controls, and
 * pictures with their captions (NITF media too): a caption describes a photo that versions of a story do not
 * share, so keeping it would make the same copy compare as different.
 */
export const SKIPPED_ELEMENTS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas', 'video',
  'audio', 'select', 'textarea', 'button', 'head', 'title', 'figure', 'figcaption', 'picture', 'media',
]);

/** Whitespace as HTML renders it: runs collapse to one space; invisible characters go (see normalizeText). */
export const collapseInline = (text: string): string =>
  normalizeText(text)
    .split('\n')
    .filter((line) => line !== '')
    .join(' ');

/**
 * Gathers text runs between block boundaries into trimmed, non-empty paragraphs. Gaps (the end of a section
 * of a page) become one empty string between paragraphs, never at the start or end and never two in a row.
 */
export class ParagraphCollector {
  private runs: string[] = [];
  private readonly paragraphs: string[] = [];

  text(run: string): void {
    this.runs.push(run);
  }

  boundary(): void {
    if (this.runs.length === 0) return;
    const paragraph = collapseInline(this.runs.join(''));
    this.runs = [];
    if (paragraph !== '') this.paragraphs.push(paragraph);
  }

  gap(): void {
    this.boundary();
    if (this.paragraphs.length > 0 && this.paragraphs.at(-1) !== '') this.paragraphs.push('');
  }

  finish(): string[] {
    this.boundary();
    while (this.paragraphs.at(-1) === '') this.paragraphs.pop();
    return this.paragraphs;
  }
}
