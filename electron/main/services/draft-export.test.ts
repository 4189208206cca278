import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExportCheckReport, ExportedFile } from '../../../shared/api/contract';
import { draftFromPlan } from '../../../shared/domain/draft';
import { seedFixture } from '../../../shared/domain/export/test-inputs';
import { EXPORT_FORMAT_IDS, type Draft } from '../../../shared/domain/model';
import { extractDocx } from '../ingest/docx';
import { checkDraft, draftExportInput, exportDraft, renderDraft, type DraftExportContext } from './draft-export';

const seed = seedFixture(readFileSync(join(__dirname, '..', '..', '..', '..', 'shared', 'fixtures', 'seed', 'daily8-met-lfr.txt'), 'utf8'));
const HEADLINE = "Metropolitan Police's policy over live facial recognition ‘unlawful'";

const draftOf = (over: Partial<Draft> = {}): Draft => ({
  id: 'd1',
  storyId: 's0',
  status: 'draft',
  revision: 3,
  createdAt: '2026-11-27T12:00:00.000Z',
  updatedAt: '2026-11-27T12:30:00.000Z',
  exports: [],
  ...draftFromPlan(seed.plan, seed.versions),
  ...over,
});
const context = (over: Partial<DraftExportContext> = {}): DraftExportContext => ({
  quoteStyle: 'uk',
  now: new Date('2026-11-27T14:30:00Z'),
  sourceHeadline: (copyId) => `stored headline of ${copyId}`,
  ...over,
});

describe('draftExportInput', () => {
  it('carries the draft id, revision, house language, export time and the merge sources', () => {
    const { article, meta } = draftExportInput(draftOf(), context());
    expect(article.fields.headline).toBe(HEADLINE);
    expect(meta).toMatchObject({ id: 'd1', revision: 3, language: 'en-GB', exportedAt: '2026-11-27T14:30:00.000Z', credits: false });
    expect(meta.sources.map((s) => [s.outlet, s.headline])).toEqual(seed.versions.map((v) => [v.outlet, `stored headline of ${v.id}`]));
    expect(draftExportInput(draftOf(), context({ quoteStyle: 'us', credits: true })).meta).toMatchObject({ language: 'en-US', credits: true });
  });

  it('exports a draft saved before drafts were documents from its title and text', () => {
    const { article, meta } = draftExportInput(draftOf({ title: 'Old draft', content: 'not a document', text: 'Old draft\n\nFirst line.\n\n  \nSecond line.' }), context());
    expect(article.fields.headline).toBe('Old draft');
    expect(article.blocks.map((b) => b.runs[0]!.text)).toEqual(['First line.', 'Second line.']);
    expect(meta.sources).toEqual([]);
  });
});

describe('renderDraft and exportDraft', () => {
  it('names the file from the headline slug and renders every format', async () => {
    for (const format of EXPORT_FORMAT_IDS) {
      const file = await renderDraft(draftOf(), format, context());
      expect(file.filename).toMatch(new RegExp(`^metropolitan-polices-policy-over-live-facial-recognition-unlawful\\.${format === 'txt' || format === 'md' || format === 'html' || format === 'docx' ? format : `${format}\\.(json|xml)`}$`));
      expect(file.bytes.length).toBeGreaterThan(1000);
      if (format === 'docx') expect(file.text).toBeNull();
      else expect(new TextDecoder().decode(file.bytes)).toBe(file.text);
    }
  });

  it('gives text formats as UTF-8 text with the credits line when asked', async () => {
    const file = ExportedFile.parse(await exportDraft(draftOf(), 'txt', context({ credits: true })));
    expect(file).toMatchObject({ filename: 'metropolitan-polices-policy-over-live-facial-recognition-unlawful.txt', mime: 'text/plain;charset=utf-8', encoding: 'utf8' });
    expect(file.content.startsWith(`${HEADLINE}\n\n`)).toBe(true);
    expect(file.content.trimEnd().split('\n\n').at(-1)).toBe('Sources: Leader Live, North Wales Chronicle');
  });

  it('gives the Word document base64, which reads back as the article', async () => {
    const file = ExportedFile.parse(await exportDraft(draftOf(), 'docx', context()));
    expect(file.encoding).toBe('base64');
    const [article] = await extractDocx(Buffer.from(file.content, 'base64'), file.filename);
    const text = (await exportDraft(draftOf(), 'txt', context())).content.trimEnd().split('\n\n');
    expect([article!.headline, ...article!.paragraphs]).toEqual(text);
  });

  it('names an untitled draft "untitled"', async () => {
    const file = await renderDraft(draftOf({ title: '', content: '{}', text: 'Just a line.' }), 'md', context());
    expect(file.filename).toBe('untitled.md');
  });
});

describe('checkDraft', () => {
  it('reports the check of the current text in the contract shape', () => {
    const report = ExportCheckReport.parse(checkDraft(draftOf(), 'uk'));
    expect(report.complete).toBe(true);
    expect(report.problems.some((p) => p.where === 'Headline' && p.excerpt.includes('‘unlawful'))).toBe(true);
    const clean = checkDraft(draftOf({ title: 'Clean', content: 'legacy', text: 'Clean\n\nNothing to fix here.' }), 'uk');
    expect(clean).toEqual({ problems: [], complete: true });
  });
});
