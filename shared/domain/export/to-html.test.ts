import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { htmlFragmentToParagraphs } from '../extract/html-fragment';
import { blockText } from './block-text';
import { handMadeArticle, hostileInput, HOSTILE, seedFixture } from './test-inputs';
import { toHtml } from './to-html';

const seed = seedFixture(readFileSync(join(__dirname, '..', '..', '..', '..', 'shared', 'fixtures', 'seed', 'daily8-met-lfr.txt'), 'utf8'));
const parse = (html: string) => new JSDOM(html).window.document;
const texts = (document: Document, selector: string) => [...document.querySelectorAll(selector)].map((node) => node.textContent);

describe('toHtml', () => {
  it('writes a standalone document: lang, charset, title, header fields, paragraphs and a sources footer', () => {
    const input = seed.input();
    const html = toHtml(input);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n')).toBe(true);
    const document = parse(html);
    const { fields, blocks } = input.article;
    expect(document.title).toBe(fields.headline);
    expect(texts(document, 'article > header > h1')).toEqual([fields.headline]);
    expect(texts(document, 'article > p')).toEqual(blocks.map(blockText));
    expect(texts(document, 'footer ul.sources > li')).toEqual(input.meta.sources.map((s) => `${s.outlet}, ${s.publishedAt}`));
    expect(document.querySelector('[style], style, script')).toBeNull();
    expect(parse(toHtml(seed.input({ credits: false }))).querySelector('footer')).toBeNull();
  });

  it('reads back as the same paragraphs', () => {
    const input = seed.input({ credits: false });
    const paragraphs = htmlFragmentToParagraphs(toHtml(input), 'export.html');
    expect(paragraphs.slice(-input.article.blocks.length)).toEqual(input.article.blocks.map(blockText));
  });

  it('maps every block kind and run format to its element', () => {
    const document = parse(toHtml({ ...seed.input(), article: handMadeArticle('tail') }));
    expect(texts(document, 'header > p.standfirst, header > p.byline, header > p.dateline')).toEqual(['Stand tail', 'By tail', 'LONDON tail']);
    expect(texts(document, 'article > h2')).toEqual(['Sub tail']);
    expect(document.querySelector('blockquote > p > strong > em')?.textContent).toBe('"Quoted" tail');
    expect(texts(document, 'article > ul > li')).toEqual(['First bullet', '- tail']);
    expect(texts(document, 'article > ol > li')).toEqual(['1. First number', 'Second number']);
    const first = document.querySelector('article > p')!;
    expect(first.innerHTML).toBe('Plain <strong>bold</strong> and <em>italic</em> <a href="https://example.org/?a=1&amp;b=&quot;2&quot;">site</a> bad link');
    expect([...document.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://example.org/?a=1&b="2"']);
    expect(document.querySelectorAll('article > p')[1]!.innerHTML).toBe('Line one<br># line two tail');
  });

  it('escapes hostile text everywhere: no element, attribute or link comes from the copy', () => {
    const input = hostileInput(seed.meta());
    const html = toHtml(input);
    const document = parse(html);
    expect(document.querySelector('script')).toBeNull();
    expect(document.documentElement.getAttribute('lang')).toBe('');
    // The characters HTML cannot carry at all are dropped; everything else arrives as written.
    const shown = HOSTILE.replace('\u0001\u0007', '').replace('\uD800', '');
    expect(document.querySelector('h1')!.textContent).toBe(`Head ${shown}`);
    expect(texts(document, 'footer li')).toEqual([`${shown}, 2026-11-27T10:00:00Z`, 'c2, yesterday']);
    expect([...document.querySelectorAll('footer time')].map((time) => time.getAttribute('datetime'))).toEqual(['2026-11-27T10:00:00Z']);
    expect([...document.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://example.org/?a=1&b="2"', 'https://example.org/a?b=1&c=2']);
    expect(['\u0001', '\u0007'].filter((c) => html.includes(c))).toEqual([]);
  });

  it("writes apostrophes as they are, so the source reads \"Police's\", not an entity", () => {
    const html = toHtml({ ...seed.input(), article: handMadeArticle("Police's") });
    expect(html).toContain("<h1>Head Police's</h1>");
    expect(html).not.toContain('&#39;');
  });

  it('adds the stylesheet only when asked, and titles an untitled draft', () => {
    const input = { article: { fields: { headline: '', standfirst: '', byline: '', dateline: '' }, blocks: [] }, meta: seed.meta({ sources: [] }) };
    const document = parse(toHtml(input, { stylesheet: true }));
    expect(document.querySelectorAll('head > style')).toHaveLength(1);
    expect(document.title).toBe('Untitled article');
    expect(document.querySelector('header, footer')).toBeNull();
  });
});
