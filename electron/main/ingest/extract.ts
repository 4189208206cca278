import { binaryKind } from '../../../shared/domain/extract/binary-signature';
import { ExtractError } from '../../../shared/domain/extract/extract-error';
import { markdownToText } from '../../../shared/domain/extract/markdown';
import { parseNewsmlG2 } from '../../../shared/domain/extract/newsml-g2';
import { parseNinjs } from '../../../shared/domain/extract/ninjs';
import { parseNitf } from '../../../shared/domain/extract/nitf';
import { sniffTextReader, supportedExtensionOf } from '../../../shared/domain/extract/sniff';
import type { Extracted } from '../../../shared/domain/extract/types';
import { normalizeText } from '../../../shared/domain/text/normalize';
import { DecodeError, decodeText } from './decode';
import { extractDocx } from './docx';
import { extractHtmlPage } from './html-page';
import { overLimit } from '../../../shared/domain/import-limit';
import { zipEntries } from './zip-directory';

/**
 * The single entry point of import extraction: any file the user gives Copydesk becomes either structured
 * articles or page text for analysis. The extension chooses the reader, the content confirms or corrects it
 * (a Word file saved as .txt, a NITF file named .xml or .txt, a web page saved as .txt). Every refusal is an
 * Error whose message starts with the file name.
 */

export interface ExtractOptions {
  /** The import size limit (Settings.maxImportBytes): larger files are refused with the limit named. */
  maxBytes: number;
}

export interface ImportedBytes {
  name: string;
  bytes: Uint8Array;
}

/** The file's text; decoding problems (binary content, invalid encodings) become errors naming the file. */
function textOf(name: string, bytes: Uint8Array): string {
  try {
    return decodeText(bytes).text;
  } catch (error) {
    if (error instanceof DecodeError) throw new ExtractError(name, error.message);
    throw error;
  }
}

const isWordArchive = (bytes: Uint8Array): boolean => zipEntries(bytes)?.some((e) => e.name === 'word/document.xml') ?? false;

export async function extractDocument(file: ImportedBytes, options: ExtractOptions): Promise<Extracted> {
  const { name, bytes } = file;
  if (bytes.byteLength === 0) throw new ExtractError(name, 'is empty');
  if (bytes.byteLength > options.maxBytes) {
    throw new ExtractError(name, overLimit(bytes.byteLength, options.maxBytes));
  }
  const ext = supportedExtensionOf(name);
  const kind = binaryKind(bytes);
  if (ext === 'docx' || (kind === 'a zip archive' && isWordArchive(bytes))) {
    return { format: 'docx', articles: await extractDocx(bytes, name) };
  }
  if (kind) throw new ExtractError(name, `is ${kind}, not a text document`);

  const text = textOf(name, bytes);
  if (text.trim() === '') throw new ExtractError(name, 'is empty (only white space)');
  switch (sniffTextReader(name, text)) {
    case 'text':
      return { format: 'text', text: normalizeText(text) };
    case 'markdown':
      return { format: 'markdown', text: markdownToText(text, name) };
    case 'html':
      return extractHtmlPage(text, name);
    case 'ninjs':
      return { format: 'ninjs', articles: parseNinjs(text, name) };
    case 'nitf':
      return { format: 'nitf', articles: parseNitf(text, name) };
    case 'newsml-g2':
      return { format: 'newsml-g2', articles: parseNewsmlG2(text, name) };
  }
}
