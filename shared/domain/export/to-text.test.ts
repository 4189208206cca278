import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainTextToParagraphs } from '../extract/plain-paragraphs';
import { blockText } from './block-text';
import { handMadeArticle, hostileInput, HOSTILE, seedFixture } from './test-inputs';
import { toText } from './to-text';

const seed = seedFixture(readFileSync(join(__dirname, '..', '..', '..', '..', 'shared', 'fixtures', 'seed', 'daily8-met-lfr.txt'), 'utf8'));

describe('toText', () => {
  it('writes the fields, then the body blocks separated by blank lines, then the credits line', () => {
    const input = seed.input();
    const { fields, blocks } = input.article;
    const outlets = input.meta.sources.map((s) => s.outlet);
    const head = [fields.headline, fields.standfirst, fields.byline, fields.dateline].filter((f) => f.trim());
    expect(toText(input)).toBe(`${[...head, ...blocks.map(blockText), `Sources: ${outlets.join(', ')}`].join('\n\n')}\n`);
    expect(toText(seed.input({ credits: false }))).not.toContain('Sources:');
  });

  it('reads back as the same paragraphs', () => {
    const input = seed.input({ credits: false });
    const paragraphs = plainTextToParagraphs(toText(input));
    expect(paragraphs.slice(-input.article.blocks.length)).toEqual(input.article.blocks.map(blockText));
  });

  it('marks list items, keeps sub-heads on their own line and leaves text as written', () => {
    const input = { ...seed.input(), article: handMadeArticle('tail') };
    const text = toText({ ...input, meta: { ...input.meta, credits: false } });
    expect(text).toContain('\n\nSub tail\n\n');
    expect(text).toContain('\n\n- First bullet\n- - tail\n\n1. 1. First number\n2. Second number\n\n');
    expect(text).toContain('Line one\n# line two tail\n');
    expect(text.startsWith('Head tail\n\nStand tail\n\nBy tail\n\nLONDON tail\n\nPlain bold and italic site bad link\n\n')).toBe(true);
  });

  it('names each outlet once and skips copies without one; no credits line when no source has an outlet', () => {
    const twice = seed.meta({ sources: [...seed.meta().sources, { copyId: 'x', outlet: null, headline: null, publishedAt: null, url: null }, seed.meta().sources[0]!] });
    expect(toText({ article: seed.input().article, meta: twice }).trimEnd().split('\n').at(-1)).toBe(`Sources: ${seed.meta().sources.map((s) => s.outlet).join(', ')}`);
    const none = toText({ article: seed.input().article, meta: seed.meta({ sources: [{ copyId: 'x', outlet: ' ', headline: null, publishedAt: null, url: null }] }) });
    expect(none).not.toContain('Sources:');
  });

  it('carries hostile text unchanged (plain text has no markup to escape)', () => {
    const text = toText(hostileInput(seed.meta()));
    expect(text).toContain(`Head ${HOSTILE}\n`);
    expect(text).toContain(`Sources: ${HOSTILE}\n`);
  });

  it('writes an empty article as a single newline', () => {
    expect(toText({ article: { fields: { headline: ' ', standfirst: '', byline: '', dateline: '' }, blocks: [] }, meta: seed.meta({ sources: [] }) })).toBe('\n');
  });
});
