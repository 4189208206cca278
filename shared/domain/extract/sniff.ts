import { ExtractError } from './extract-error';
import { looksLikeNinjs } from './ninjs';

/**
 * Which reader a decoded file needs. The extension is the first word, the content the last: a .xml file is
 * NITF or NewsML-G2 by its root element, a .json file is ninjs by its keys, and a .txt file holding a whole
 * saved web page is read as HTML (only when it clearly is one, so copy that merely mentions tags stays text).
 */
export type TextReader = 'text' | 'markdown' | 'html' | 'ninjs' | 'newsml-g2' | 'nitf';

export const SUPPORTED_EXTENSIONS = ['txt', 'text', 'md', 'markdown', 'html', 'htm', 'xhtml', 'json', 'xml', 'docx'] as const;

/** Lower-case extension without the dot; '' when the name has none. */
export const extensionOf = (name: string): string => /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

// Skips the XML declaration, comments, processing instructions and DOCTYPE to reach the root element's name.
const ROOT = /^(?:\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?[^>]*>)*<([A-Za-z_][\w.:-]*)/i;

/** The root element's local name, lower-cased, or null when the text does not start like markup. */
export function rootElementOf(text: string): string | null {
  const name = ROOT.exec(text.slice(0, 100_000))?.[1];
  return name ? name.replace(/^.*:/, '').toLowerCase() : null;
}

const CLEARLY_HTML = /^\s*(?:<!DOCTYPE\s+html\b|<html[\s>])/i;

function readerOfXml(name: string, root: string | null): TextReader {
  if (root === 'nitf') return 'nitf';
  if (root === 'newsitem' || root === 'newsmessage') return 'newsml-g2';
  if (root === 'html') return 'html';
  throw new ExtractError(name, root ? `unsupported XML (root element <${root}>; Copydesk reads NITF and NewsML-G2)` : 'malformed XML (no root element)');
}

function looksLikeNinjsText(text: string): boolean {
  if (!/^\s*[[{]/.test(text)) return false;
  try {
    return looksLikeNinjs(JSON.parse(text));
  } catch {
    return false;
  }
}

/** The file's extension when Copydesk reads that type of file; an ExtractError naming the file otherwise. */
export function supportedExtensionOf(name: string): string {
  const ext = extensionOf(name);
  if (ext === '' || (SUPPORTED_EXTENSIONS as readonly string[]).includes(ext)) return ext;
  throw new ExtractError(name, `unsupported file type .${ext} (Copydesk reads ${SUPPORTED_EXTENSIONS.map((e) => `.${e}`).join(', ')})`);
}

/** The reader for a decoded file, or an ExtractError for a type Copydesk does not read. */
export function sniffTextReader(name: string, text: string): TextReader {
  const ext = supportedExtensionOf(name);
  const start = text.replace(/^\ufeff/, '').trimStart();
  const root = start.startsWith('<') ? rootElementOf(start) : null;
  switch (ext) {
    case 'xml':
      return readerOfXml(name, root);
    case 'json':
      return 'ninjs';
    case 'html':
    case 'htm':
    case 'xhtml':
      return 'html';
    case 'md':
    case 'markdown':
      return 'markdown';
    case 'txt':
    case 'text':
    case '':
      if (CLEARLY_HTML.test(start)) return 'html';
      if (root === 'nitf' || root === 'newsitem' || root === 'newsmessage') return readerOfXml(name, root);
      if (looksLikeNinjsText(start)) return 'ninjs';
      return 'text';
    default:
      // .docx: binary, read before decoding (electron/main/ingest/extract.ts); never text.
      throw new ExtractError(name, `a .${ext} file cannot be read as text`);
  }
}
