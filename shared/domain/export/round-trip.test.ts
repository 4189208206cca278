import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../electron/main/ingest/analyze-document';
import { EXPORT_FORMAT_IDS, type ExportFormat } from '../model';
import { splitSentences } from '../text';
import { blockText } from './block-text';
import { exportFilename } from './export-filename';
import { renderExport } from './export-formats';
import { seedFixture } from './test-inputs';

// The acceptance: the sample page's merged story, exported in each format and imported back through the
// importer every file goes through (analyzeDocument: the app's import and the CLI), keeps its sentences in order.
const seed = seedFixture(readFileSync(join(__dirname, '..', '..', '..', '..', 'shared', 'fixtures', 'seed', 'daily8-met-lfr.txt'), 'utf8'));
// Without the credits line, which would come back as one more paragraph of text formats.
const input = seed.input({ credits: false });
const paragraphs = input.article.blocks.map(blockText);
const sentences = paragraphs.flatMap(splitSentences);

/** The reader each export must be recognised by, not merely read as loose text. */
const READ_AS: Record<ExportFormat, string> = { txt: 'text', md: 'markdown', html: 'html', docx: 'docx', ninjs: 'ninjs', ninjs1: 'ninjs', newsml: 'newsml-g2', nitf: 'nitf' };

describe('the seed merge exported and imported back', () => {
  it('has the 23 sentences the issue names', () => {
    expect(sentences).toHaveLength(23);
  });

  it.each(EXPORT_FORMAT_IDS)('as %s: one article, the same headline, paragraphs and sentences, in order', async (format) => {
    const output = await renderExport(format, input);
    const bytes = output.kind === 'text' ? new TextEncoder().encode(output.text) : output.bytes;
    const read = await analyzeDocument({ name: exportFilename(input.article.fields.headline, format), bytes }, { maxBytes: 10_000_000, importedAt: '2026-11-27T15:00:00Z' });
    expect(read.format).toBe(READ_AS[format]);
    expect(read.analysis.articles).toHaveLength(1);
    const [article] = read.analysis.articles;
    expect(article!.headline).toBe(input.article.fields.headline);
    expect(article!.paragraphs).toEqual(paragraphs);
    expect(article!.paragraphs.flatMap(splitSentences)).toEqual(sentences);
  });
});
