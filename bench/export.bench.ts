import type { DraftArticle, DraftBlock } from '../shared/domain/draft';
import { renderExport, type ExportInput } from '../shared/domain/export';
import { EXPORT_FORMAT_IDS } from '../shared/domain/model';
import { generatedVersions } from './compare.bench';
import { below, median, type BenchSuite } from './row';

const run = (text: string, over: Partial<DraftBlock['runs'][number]> = {}) => ({ text, bold: false, italic: false, link: null, ...over });

/**
 * A 2,000-word article as a sub-editor leaves it: the generated story compare.bench.ts uses (2,400 words before
 * every sixth paragraph is cut to a six-word sub-head), with a standfirst, byline and dateline, a bulleted list,
 * and bold, italic and linked runs, so every exporter's paths (lists, links, escaping) are in the figure, not
 * only plain paragraphs.
 */
function article(): DraftArticle {
  const paragraphs = generatedVersions(1, 2400)[0]!.paragraphs;
  const blocks: DraftBlock[] = paragraphs.map((text, i) =>
    i % 6 === 5
      ? { kind: 'heading', runs: [run(text.split(' ').slice(0, 6).join(' '))] }
      : { kind: 'paragraph', runs: [run('Update: ', { bold: true }), run(text), run(' (source)', { italic: true, link: 'https://example.org/a?b=1&c=2' })] },
  );
  blocks.splice(3, 0, ...['First point', 'Second point', 'Third point'].map((text): DraftBlock => ({ kind: 'bullet', runs: [run(text)] })));
  return { fields: { headline: 'Council approves harbour wall after long debate', standfirst: 'The vote ends a year of argument.', byline: 'By A Reporter', dateline: 'LONDON, Nov 27' }, blocks };
}

const input: ExportInput = {
  article: article(),
  meta: {
    id: 'draft-bench',
    revision: 4,
    language: 'en-GB',
    exportedAt: '2026-11-27T14:30:00+00:00',
    sources: [{ copyId: 'c1', outlet: 'Outlet 0', headline: null, publishedAt: '2026-11-27T10:00:00Z', url: 'https://example.org/story' }],
    credits: true,
  },
};

/** One export of the article to every format; the size of what came out, so a figure for empty files cannot pass. */
async function exportAll(): Promise<number> {
  let size = 0;
  for (const format of EXPORT_FORMAT_IDS) {
    const output = await renderExport(format, input);
    size += output.kind === 'text' ? output.text.length : output.bytes.length;
  }
  return size;
}

/** The target: one 2,000-word article to all eight formats (Word included) in under 100 ms in total. */
export const rows: BenchSuite = async () => {
  const words = input.article.blocks.flatMap((b) => b.runs.map((r) => r.text)).join(' ').split(/\s+/).length;
  await exportAll(); // warm-up: module loading and JIT are not what is measured
  const times: number[] = [];
  let smallest = Infinity;
  for (let i = 0; i < 15; i++) {
    const start = performance.now();
    smallest = Math.min(smallest, await exportAll());
    times.push(performance.now() - start);
  }
  const ms = median(times);
  // Eight formats of ~2,000 words each are well over 8 × 10,000 characters; less means something was dropped.
  const complete = words >= 2000 && smallest > 8 * 10_000;
  return [{ ...below(`export: one ${words}-word article to all ${EXPORT_FORMAT_IDS.length} formats (docx included), median of 15`, ms, 'ms', 100), met: ms < 100 && complete }];
};
