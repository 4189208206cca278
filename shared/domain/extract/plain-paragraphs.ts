import { collapseInline } from './paragraph-collector';

/**
 * Paragraphs of a plain-text body. Agencies separate paragraphs with blank lines, or with single line breaks
 * when they never wrap lines; a body without either stays one paragraph (the ninjs examples' text bodies
 * are like that, which is why HTML bodies are preferred when a file has both).
 */
export function plainTextToParagraphs(text: string): string[] {
  const normalized = text.replace(/\r\n?/g, '\n');
  const chunks = /\n[ \t]*\n/.test(normalized) ? normalized.split(/\n[ \t]*\n/) : normalized.split('\n');
  return chunks.map(collapseInline).filter((p) => p !== '');
}
