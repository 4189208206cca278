import { readFileSync, readdirSync } from 'node:fs';
import { extractDocument } from '../electron/main/ingest/extract';
import { htmlFragmentToParagraphs } from '../shared/domain/extract/html-fragment';
import { markdownToText } from '../shared/domain/extract/markdown';
import { parseNitf } from '../shared/domain/extract/nitf';
import { below, median, type BenchRow, type BenchSuite } from './row';

/**
 * Import extraction: real saved news pages through jsdom + Readability + DOMPurify (the slow path), and
 * hostile inputs that would take quadratic or exponential time in a careless parser (runs of unclosed tags
 * and unmatched Markdown markers, entity expansion). The hostile rows show the budgets hold.
 */

const PAGES = new URL('../../shared/fixtures/html-pages/', import.meta.url);
const OPTIONS = { maxBytes: 50 * 1024 * 1024 };

function timed(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

async function pageMs(): Promise<number[]> {
  const names = readdirSync(PAGES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  const times: number[] = [];
  for (const name of names) {
    const bytes = new Uint8Array(readFileSync(new URL(`${name}/source.html`, PAGES)));
    const start = performance.now();
    await extractDocument({ name: `${name}.html`, bytes }, OPTIONS);
    times.push(performance.now() - start);
  }
  return times;
}

const refusal = (run: () => unknown) => () => {
  try {
    run();
  } catch {
    // Refusing is the expected outcome; only the time matters here.
  }
};

export const rows: BenchSuite = async (): Promise<BenchRow[]> => {
  const pages = await pageMs();
  const laughs = `<!DOCTYPE l [<!ENTITY a "${'x'.repeat(1000)}">${Array.from({ length: 9 }, (_, i) => `<!ENTITY ${'b'.repeat(i + 1)} "${'&a;'.repeat(10)}">`).join('')}]><nitf/>`;
  return [
    below('extract: saved news page (median of 8)', median(pages), 'ms', 3000),
    below('extract: saved news page (slowest of 8)', Math.max(...pages), 'ms', 8000),
    below('extract: 2 MB of unclosed "<a \\"" tags', timed(() => htmlFragmentToParagraphs('<a "'.repeat(500_000), 'bench')), 'ms', 1000),
    below('extract: 2 MB of <p> paragraphs', timed(() => htmlFragmentToParagraphs('<p>word '.repeat(250_000), 'bench')), 'ms', 3000),
    below('extract: 2.8 MB Markdown of unmatched markers', timed(() => markdownToText('[a](x *b* _c_ `d\n'.repeat(160_000), 'bench')), 'ms', 5000),
    below('extract: billion-laughs XML refused', timed(refusal(() => parseNitf(laughs, 'bench'))), 'ms', 50),
  ];
};
