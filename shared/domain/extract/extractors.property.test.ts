import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../electron/main/ingest/extract';
import { hostileText, MEGABYTE_RUNS, megabyteLine, runs } from '../__fixtures__/arbitraries';
import { ExtractError } from './extract-error';
import { htmlFragmentToParagraphs } from './html-fragment';
import { markdownToText } from './markdown';
import { parseNewsmlG2 } from './newsml-g2';
import { parseNinjs } from './ninjs';
import { parseNitf } from './nitf';

// Every text extractor on arbitrary input gives a value or an ExtractError naming the file, never another
// exception: hostile text on its own, hostile text inside the format's own skeleton, and real IPTC files cut
// short or with hostile text spliced in anywhere (the shapes a broken or malicious feed actually takes).
const soak = process.env.COPYDESK_SOAK === '1';

const iptc = (name: string): string => readFileSync(new URL(`../../../../shared/fixtures/iptc/${name}`, import.meta.url), 'utf8');

const SOURCE = 'feed.xml';

/** Runs an extractor and says what became of it; any exception but an ExtractError naming the file fails the property. */
function outcome<T>(extract: () => T, source = SOURCE): T | ExtractError {
  try {
    return extract();
  } catch (error) {
    if (!(error instanceof ExtractError)) throw error;
    expect(error.message.startsWith(`${source}: `)).toBe(true);
    expect(error.problem).toMatch(/\S/);
    return error;
  }
}

/** A real file mangled: cut at any point, or hostile text put in at any point, or a stretch of it dropped. */
const mangled = (file: string): fc.Arbitrary<string> =>
  fc.oneof(
    fc.nat(file.length).map((at) => file.slice(0, at)),
    fc.tuple(fc.nat(file.length), hostileText(8)).map(([at, text]) => file.slice(0, at) + text + file.slice(at)),
    fc.tuple(fc.nat(file.length), fc.nat(200)).map(([at, length]) => file.slice(0, at) + file.slice(at + length)),
  );

const xmlText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

const nitfOf = (headline: string, body: string): string =>
  `<?xml version="1.0"?><nitf><head><title>${xmlText(headline)}</title></head><body><body.head><hedline><hl1>${xmlText(headline)}</hl1></hedline></body.head><body.content><p>${body}</p></body.content></body></nitf>`;

const newsmlOf = (headline: string, body: string): string =>
  `<?xml version="1.0"?><newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="x" version="1"><contentMeta><headline>${xmlText(headline)}</headline></contentMeta><contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body><p>${body}</p></body></html></inlineXML></contentSet></newsItem>`;

const ninjsOf = (headline: string, body: string): string => JSON.stringify({ uri: 'x', headline, body_html: body, body_text: body, byline: headline });

const EXTRACTORS: [string, (text: string, source: string) => unknown, fc.Arbitrary<string>][] = [
  ['markdown', markdownToText, hostileText(60)],
  ['html-fragment', htmlFragmentToParagraphs, hostileText(60)],
  ['ninjs', parseNinjs, fc.oneof(hostileText(40), fc.tuple(hostileText(8), hostileText(20)).map(([h, b]) => ninjsOf(h, b)), mangled(iptc('dpa_text.json')), mangled(iptc('005_complex_text_article.json')))],
  ['NewsML-G2', parseNewsmlG2, fc.oneof(hostileText(40), fc.tuple(hostileText(8), hostileText(20)).map(([h, b]) => newsmlOf(h, b)), mangled(iptc('TT_newsmlg2_sample.xml')), mangled(iptc('LISTING_2_NewsML-G2_Text_Document.xml')))],
  ['NITF', parseNitf, fc.oneof(hostileText(40), fc.tuple(hostileText(8), hostileText(20)).map(([h, b]) => nitfOf(h, b)), mangled(iptc('NTB_nitf_sample.xml')))],
];

describe('every text extractor on arbitrary input', () => {
  it.each(EXTRACTORS)('%s gives a value or an ExtractError naming the file', (_, extract, input) => {
    fc.assert(
      fc.property(input, (text) => {
        outcome(() => extract(text, SOURCE));
      }),
      runs(150, soak),
    );
  });

  it.each(EXTRACTORS)('%s survives a line of about 1 MB', (_, extract) => {
    fc.assert(
      fc.property(megabyteLine(), (text) => {
        outcome(() => extract(text, SOURCE));
      }),
      MEGABYTE_RUNS,
    );
  });

  it('the markup extractors never let a script or style body through as text', () => {
    fc.assert(
      fc.property(hostileText(10), hostileText(10), (before, after) => {
        const paragraphs = outcome(() => htmlFragmentToParagraphs(`${xmlText(before)}<script>var sentinel = 1;</script><style>.sentinel{}</style>${xmlText(after)}`, SOURCE));
        expect(JSON.stringify(paragraphs)).not.toContain('sentinel');
      }),
      runs(100, soak),
    );
  });
});

describe('the import entry point on arbitrary bytes', () => {
  const NAMES = ['copy.txt', 'copy.md', 'page.html', 'item.json', 'feed.xml', 'report.docx', 'noextension'];
  const bytes = fc.oneof(
    fc.uint8Array({ maxLength: 400 }),
    hostileText(30).map((text) => new TextEncoder().encode(text)),
    // A zip local-file header in front makes the Word reader look inside.
    fc.uint8Array({ maxLength: 200 }).map((rest) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...rest])),
  );

  it('gives articles or page text, or an ExtractError naming the file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...NAMES), bytes, async (name, content) => {
        try {
          const extracted = await extractDocument({ name, bytes: content }, { maxBytes: 1_000_000 });
          expect('articles' in extracted || 'text' in extracted).toBe(true);
        } catch (error) {
          if (!(error instanceof ExtractError)) throw error;
          expect(error.message.startsWith(`${name}: `)).toBe(true);
        }
      }),
      runs(60, soak),
    );
  });
});
