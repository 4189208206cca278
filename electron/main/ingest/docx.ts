import mammoth from 'mammoth';
import { ExtractError } from '../../../shared/domain/extract/extract-error';
import { withoutRepeatedHeadline } from '../../../shared/domain/extract/headline-repeat';
import type { ExtractedArticle } from '../../../shared/domain/extract/types';
import { descendantsNamed, isElement, paragraphsOf, textOf, type XmlElement } from '../../../shared/domain/extract/xml-tree';
import { openHtmlDocument } from './html-document';
import { sanitizedTree } from './sanitize';
import { zipEntries } from './zip-directory';

/**
 * A Word document as one article: mammoth turns it into semantic HTML (headings, paragraphs, lists), which
 * then takes the same sanitise-and-paragraphs path as web pages. The archive is checked before mammoth
 * opens it, so a wrong or hostile file gets a clear refusal instead of a library error.
 */

/** A newsroom .docx holds text and maybe a few pictures; far more uncompressed data is a zip bomb. */
export const MAX_DOCX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;
/** mammoth cannot be interrupted; past this the import reports failure instead of waiting on it. */
export const DOCX_TIME_LIMIT_MS = 30_000;

const MAIN_PART = 'word/document.xml';
// Title style first, so a document's title (not its first subhead) becomes the headline.
const STYLE_MAP = ["p[style-name='Title'] => h1.title:fresh", "p[style-name='Subtitle'] => h2:fresh"];
const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

function checkArchive(bytes: Uint8Array, source: string): void {
  const entries = zipEntries(bytes);
  if (!entries) throw new ExtractError(source, 'not a Word document (it is not a zip archive)');
  if (!entries.some((e) => e.name === MAIN_PART)) throw new ExtractError(source, `not a Word document (the zip archive has no ${MAIN_PART})`);
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (total > MAX_DOCX_UNCOMPRESSED_BYTES) {
    throw new ExtractError(source, `refused: the Word document would expand to ${total} bytes (limit ${MAX_DOCX_UNCOMPRESSED_BYTES})`);
  }
}

/** The headline: the Title paragraph, else a heading that opens the document. */
function headlineOf(tree: XmlElement): string | null {
  const title = descendantsNamed(tree, 'h1').find((h) => h.attrs.class === 'title');
  if (title) return textOf(title);
  // mammoth writes the document's blocks flat under the body, so its first child is the opening block.
  const first = tree.children.find(isElement);
  return first && HEADINGS.includes(first.name) ? textOf(first) : null;
}

async function toHtml(bytes: Uint8Array, source: string): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ExtractError(source, `the Word document took longer than ${DOCX_TIME_LIMIT_MS / 1000} s to read`)), DOCX_TIME_LIMIT_MS);
  });
  try {
    const result = await Promise.race([
      mammoth.convertToHtml(
        { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
        {
          styleMap: STYLE_MAP,
          // Linked (external) images would be read from disk; embedded ones are not article text.
          externalFileAccess: false,
          convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
        },
      ),
      timeout,
    ]);
    return result.value;
  } catch (error) {
    if (error instanceof ExtractError) throw error;
    throw new ExtractError(source, `not a readable Word document (${error instanceof Error ? error.message : String(error)})`);
  } finally {
    clearTimeout(timer);
  }
}

export async function extractDocx(bytes: Uint8Array, source: string): Promise<ExtractedArticle[]> {
  checkArchive(bytes, source);
  const html = await toHtml(bytes, source);
  const dom = openHtmlDocument('');
  try {
    const tree = sanitizedTree(dom, html);
    const headline = headlineOf(tree);
    const paragraphs = withoutRepeatedHeadline(paragraphsOf(tree), headline);
    if (paragraphs.length === 0) throw new ExtractError(source, 'the Word document has no text');
    return [{ outlet: null, headline, published: null, publishedAt: null, byline: null, dateline: null, paragraphs }];
  } finally {
    dom.window.close();
  }
}
