import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../electron/main/ingest/analyze-document';
import { article, runs } from '../__fixtures__/arbitraries';
import { buildDraftDocument, fieldsFromVersions, readDraftArticle } from '../draft';
import { mergeStory, NEWEST_POLICY, type MergeVersion } from '../merge';
import { EXPORT_FORMAT_IDS } from '../model';
import { splitSentences } from '../text';
import { blockText } from './block-text';
import { exportFilename } from './export-filename';
import { renderExport } from './export-formats';
import type { ExportInput } from './types';

// round-trip.test.ts holds for the seed story; this holds it for generated ones: a merged draft exported in each
// format Copydesk reads back, then imported the way every file is (analyzeDocument), keeps its headline and its
// sentences in order.
const soak = process.env.COPYDESK_SOAK === '1';

/** A generated article as the export dialog gets it: merged from two outlets' copies into a draft, no credits line. */
function exportOf(generated: { headline: string; paragraphs: string[] }): ExportInput {
  const versions: MergeVersion[] = [0, 1].map((k) => ({ id: `c${k}`, outlet: `Outlet ${k}`, headline: generated.headline, publishedAt: `2026-11-27T0${8 + k}:00:00.000Z`, paragraphs: generated.paragraphs }));
  const merged = mergeStory(versions, NEWEST_POLICY);
  if (!merged.ok) throw new Error(merged.problem);
  return {
    article: readDraftArticle(buildDraftDocument(merged.plan, fieldsFromVersions(merged.plan, versions))),
    meta: { id: 'draft-1', revision: 1, language: 'en-GB', exportedAt: '2026-11-27T14:30:00+00:00', sources: versions.map((v) => ({ copyId: v.id, outlet: v.outlet, headline: v.headline ?? null, publishedAt: v.publishedAt, url: null })), credits: false },
  };
}

/**
 * The HTML importer finds an article by its amount of text (Readability), so a page of two short sentences
 * is refused as "no article found" even when Copydesk wrote it: HTML round trips start at eight sentences.
 */
const minSentences = (format: string): number => (format === 'html' ? 8 : 2);

describe('a generated article exported and imported back', () => {
  it.each(EXPORT_FORMAT_IDS)('as %s: one article, the same headline, the same sentences in order', async (format) => {
    await fc.assert(
      fc.asyncProperty(article(minSentences(format)), async (generated) => {
        const input = exportOf(generated);
        const sentences = input.article.blocks.map(blockText).flatMap(splitSentences);
        expect(sentences).toEqual(generated.paragraphs.flatMap(splitSentences));
        const output = await renderExport(format, input);
        const bytes = output.kind === 'text' ? new TextEncoder().encode(output.text) : output.bytes;
        const read = await analyzeDocument({ name: exportFilename(input.article.fields.headline, format), bytes }, { maxBytes: 10_000_000, importedAt: '2026-11-27T15:00:00Z' });
        expect(read.analysis.articles).toHaveLength(1);
        const [back] = read.analysis.articles;
        expect(back!.headline).toBe(generated.headline);
        expect(back!.paragraphs.flatMap(splitSentences)).toEqual(sentences);
      }),
      runs(format === 'docx' || format === 'html' ? 6 : 25, soak),
    );
  });
});
