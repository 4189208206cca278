import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { exportInput, hostileText, runs } from '../__fixtures__/arbitraries';
import { EXPORT_FORMATS, checkExport, checkReport, renderExport, toDocx, toHtml, toMarkdown, toNewsml, toNinjs, toNinjs1, toNitf, toText, type ExportFormatId, type ExportInput } from '.';
import type { QuoteStyle } from '../model/settings';
import { blockText } from './block-text';
import { LONE_SURROGATE } from './xml-writer';

// Properties of every exporter on hostile articles: never throws, same input same file, XML stays well-formed
// with nothing XML 1.0 forbids written raw, and markup in the copy never becomes markup in the file.
const soak = process.env.COPYDESK_SOAK === '1';

/** Each text format's exporter, by format id; Word (docx) is the one binary format. */
const TEXT_EXPORTERS: Record<Exclude<ExportFormatId, 'docx'>, (input: ExportInput) => string> = {
  txt: toText,
  md: toMarkdown,
  html: (input) => toHtml(input),
  ninjs: toNinjs,
  ninjs1: toNinjs1,
  newsml: toNewsml,
  nitf: toNitf,
};

/** Characters XML 1.0 has no production for: they may not appear in a document even escaped. */
const NOT_XML_CHAR = new RegExp(`[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]|${LONE_SURROGATE.source}`);

/** Every element name in a parsed (preserveOrder) fast-xml-parser tree. */
function elementNames(nodes: unknown): Set<string> {
  const names = new Set<string>();
  const walk = (list: unknown): void => {
    if (!Array.isArray(list)) return;
    for (const node of list as Record<string, unknown>[]) {
      for (const [key, value] of Object.entries(node)) {
        if (key === ':@' || key === '#text') continue;
        names.add(key);
        walk(value);
      }
    }
  };
  walk(nodes);
  return names;
}

const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, processEntities: true });

/** The elements each XML exporter writes; anything else in the file came from the copy. */
const NITF_ELEMENTS = ['?xml', 'nitf', 'head', 'title', 'docdata', 'doc-id', 'date.issue', 'body', 'body.head', 'hedline', 'hl1', 'hl2', 'byline', 'dateline', 'abstract', 'body.content', 'body.end', 'tagline', 'p', 'em', 'a', 'br', 'bq', 'block', 'ul', 'ol', 'li'];

describe('every exporter on hostile articles', () => {
  it.each(Object.entries(TEXT_EXPORTERS))('%s never throws, ends with a newline and gives the same file twice', (_, exporter) => {
    fc.assert(
      fc.property(exportInput(), (input) => {
        const first = exporter(input);
        expect(first.endsWith('\n')).toBe(true);
        expect(exporter(structuredClone(input))).toBe(first);
      }),
      runs(60, soak),
    );
  });

  it('toDocx never throws and gives byte-identical files for the same input', async () => {
    await fc.assert(
      fc.asyncProperty(exportInput(hostileText(4)), async (input) => {
        const first = await toDocx(input);
        expect(first.byteLength).toBeGreaterThan(0);
        expect(await toDocx(structuredClone(input))).toEqual(first);
      }),
      runs(8, soak),
    );
  });

  it('renderExport gives every format the same output as its exporter', async () => {
    await fc.assert(
      fc.asyncProperty(exportInput(hostileText(4)), async (input) => {
        for (const format of EXPORT_FORMATS) {
          const output = await renderExport(format.id, input);
          if (format.id === 'docx') expect(output).toEqual({ kind: 'binary', bytes: await toDocx(input) });
          else expect(output).toEqual({ kind: 'text', text: TEXT_EXPORTERS[format.id](input) });
        }
      }),
      runs(4, soak),
    );
  });

  it.each([
    ['newsml', toNewsml],
    ['nitf', toNitf],
  ])('%s stays well-formed XML with no forbidden character and no element from the copy', (name, exporter) => {
    fc.assert(
      fc.property(exportInput(), (input) => {
        const xml = exporter(input);
        expect(NOT_XML_CHAR.test(xml)).toBe(false);
        expect(XMLValidator.validate(xml)).toBe(true);
        const names = elementNames(parser.parse(xml));
        expect(names.has('script')).toBe(false);
        expect(names.has('!ENTITY')).toBe(false);
        if (name === 'nitf') for (const element of names) expect(NITF_ELEMENTS).toContain(element);
      }),
      runs(80, soak),
    );
  });

  it('toHtml writes no active content: no script, no event handler, no link that is not http(s) or mailto', () => {
    fc.assert(
      fc.property(exportInput(), (input) => {
        const html = toHtml(input);
        expect(NOT_XML_CHAR.test(html)).toBe(false);
        for (const [tag] of html.matchAll(/<[^>]*>/g)) {
          expect(tag).not.toMatch(/^<\/?(?:script|iframe|object|embed|svg|math|form|base|meta\s+http-equiv)\b/i);
          expect(tag).not.toMatch(/\son[a-z]+\s*=/i);
          const href = /\shref="([^"]*)"/.exec(tag)?.[1];
          if (href !== undefined) expect(href).toMatch(/^(?:https?:\/\/|mailto:)/i);
        }
      }),
      runs(80, soak),
    );
  });

  it('the ninjs exports are JSON with no lone surrogate', () => {
    fc.assert(
      fc.property(exportInput(), (input) => {
        for (const json of [toNinjs(input), toNinjs1(input)]) {
          expect(() => JSON.parse(json) as unknown).not.toThrow();
          expect(LONE_SURROGATE.test(json)).toBe(false);
        }
      }),
      runs(60, soak),
    );
  });

  it('the export check and its report never throw and stay inside the text they point into', () => {
    fc.assert(
      fc.property(exportInput(), fc.constantFrom<QuoteStyle[]>('uk', 'us'), ({ article }, quoteStyle) => {
        const check = checkExport(article, { quoteStyle });
        for (const problem of check.problems) {
          const text = problem.field !== null ? article.fields[problem.field] : blockText(article.blocks[problem.block!]!);
          expect(problem.start).toBeGreaterThanOrEqual(0);
          expect(problem.end).toBeLessThanOrEqual(text.length);
          expect(problem.start).toBeLessThanOrEqual(problem.end);
        }
        expect(checkReport(article, check).problems).toHaveLength(check.problems.length);
        expect(checkExport(structuredClone(article), { quoteStyle })).toEqual(check);
      }),
      runs(80, soak),
    );
  });

  it('the export check says when an article is over its budget', () => {
    fc.assert(
      fc.property(exportInput(hostileText(40)), fc.integer({ min: 1, max: 50 }), ({ article }, maxChars) => {
        // Each field and block counts with the line break that joins it to the next for the style check.
        const texts = [...Object.values(article.fields), ...article.blocks.map(blockText)];
        const size = texts.reduce((n, text) => n + text.length + 1, 0);
        expect(checkExport(article, { quoteStyle: 'uk' }, maxChars).complete).toBe(size <= maxChars);
      }),
      runs(40, soak),
    );
  });
});
