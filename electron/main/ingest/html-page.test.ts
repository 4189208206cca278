import { readFileSync, readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { foldForCompare } from '../../../shared/domain/text/fold';
import type { ExtractedArticle } from '../../../shared/domain/extract/types';
import { openHtmlDocument } from './html-document';
import { extractHtmlPage } from './html-page';

// Real saved news pages beside the repository, with the article body Readability extracts from each.
const PAGES = new URL('../../../../shared/fixtures/html-pages/', import.meta.url);
const pageNames = readdirSync(PAGES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const readPage = (name: string, file: string) => readFileSync(new URL(`${name}/${file}`, PAGES), 'utf8');

const norm = (text: string) => foldForCompare(text.replace(/\s+/g, ' '));

/** The expected body's paragraphs: its <p> elements outside figures, as text. */
function expectedParagraphs(name: string): string[] {
  const doc = openHtmlDocument(readPage(name, 'expected.html')).window.document;
  return Array.from(doc.querySelectorAll('p'))
    .filter((p) => !p.closest('figure') && !p.querySelector('p'))
    .map((p) => norm(p.textContent ?? ''))
    .filter((t) => t !== '');
}

/** Link texts in the source's navigation that are not part of the article: must never reach the copy. */
function navigationTexts(name: string, expected: string[]): string[] {
  const doc = openHtmlDocument(readPage(name, 'source.html')).window.document;
  const body = expected.join(' ');
  return Array.from(doc.querySelectorAll('nav a, footer a, [role="navigation"] a'))
    .map((a) => norm(a.textContent ?? ''))
    .filter((t) => t.length >= 12 && !body.includes(t));
}

const summary: string[] = [];
afterAll(() => console.log(`HTML pages, expected paragraphs found:\n${summary.join('\n')}`));

describe('saved news pages become one clean article', () => {
  it.each(pageNames)('%s', (name) => {
    const meta = JSON.parse(readPage(name, 'expected-metadata.json')) as { title: string; byline: string | null; siteName: string | null; publishedTime: string | null };
    const source = readPage(name, 'source.html');
    const result = extractHtmlPage(source, `${name}.html`);
    expect(result.format).toBe('html');
    const [article] = (result as { articles: ExtractedArticle[] }).articles;
    expect(article!.headline).toBe(meta.title);
    expect(article!.byline).toBe(meta.byline);
    expect(article!.outlet).toBe(meta.siteName);
    // Where Readability finds no time, the page's other meta tags may still state one, exactly as written.
    if (meta.publishedTime !== null) expect(article!.published).toBe(meta.publishedTime);
    else if (article!.published !== null) expect(source).toContain(`"${article!.published}"`);

    const ours = article!.paragraphs.map(norm);
    const expected = expectedParagraphs(name);
    const found = expected.filter((p) => ours.includes(p)).length;
    const rate = found / expected.length;
    summary.push(`  ${name.padEnd(16)} ${found}/${expected.length} (${Math.round(rate * 100)}%), ${ours.length} paragraphs extracted`);
    expect(rate).toBeGreaterThanOrEqual(0.9);
    expect(ours).toContain(expected[0]);
    expect(ours).toContain(expected.at(-1));

    for (const p of ours) {
      expect(p).not.toMatch(/function\s*\(|window\.|document\.|<\/?[a-z]+[\s>]/);
    }
    const nav = navigationTexts(name, expected);
    expect(ours.filter((p) => nav.includes(p))).toEqual([]);
  });
});
