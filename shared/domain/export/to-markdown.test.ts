import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownToText } from '../extract/markdown';
import { blockText } from './block-text';
import { handMadeArticle, seedFixture } from './test-inputs';
import { toMarkdown } from './to-markdown';
import type { ExportInput } from './types';

const seed = seedFixture(readFileSync(join(__dirname, '..', '..', '..', '..', 'shared', 'fixtures', 'seed', 'daily8-met-lfr.txt'), 'utf8'));
const bare = { headline: '', standfirst: '', byline: '', dateline: '' };
const markdownOf = (article: ExportInput['article']) => toMarkdown({ article, meta: seed.meta({ credits: false }) });

describe('toMarkdown', () => {
  it('writes "# headline", the fields, the paragraphs and the credits line, and reads back as the same text', () => {
    const input = seed.input();
    const markdown = toMarkdown(input);
    expect(markdown.startsWith(`# ${input.article.fields.headline}\n\n`)).toBe(true);
    expect(markdown.trimEnd().split('\n').at(-1)).toBe(`Sources: ${input.meta.sources.map((s) => s.outlet).join(', ')}`);
    const lines = markdownToText(toMarkdown(seed.input({ credits: false })), 'export.md').split('\n').filter((line) => line.trim());
    expect(lines.slice(-input.article.blocks.length)).toEqual(input.article.blocks.map(blockText));
  });

  it('writes every block kind and run format', () => {
    const markdown = markdownOf(handMadeArticle('tail'));
    expect(markdown).toBe(
      [
        '# Head tail',
        '*Stand tail*',
        'By tail',
        'LONDON tail',
        'Plain **bold** and *italic* [site](https://example.org/?a=1&b="2") bad link',
        '## Sub tail',
        '> ***"Quoted" tail***',
        '- First bullet\n- \\- tail',
        '1. 1\\. First number\n2. Second number',
        'Line one\\\n\\# line two tail',
      ].join('\n\n') + '\n',
    );
  });

  it('escapes markup in the copy so that it stays text', () => {
    const run = (text: string, style: { bold?: boolean; italic?: boolean; link?: string | null } = {}) => ({ text, bold: false, italic: false, link: null, ...style });
    const markdown = markdownOf({
      fields: { ...bare, headline: '1. *Not* a list\nor <b>tag</b>', standfirst: 'a_b & c &amp; d' },
      blocks: [
        { kind: 'paragraph', runs: [run('> not a quote '), run(' [bold] ', { bold: true }), run('# mid-line')] },
        { kind: 'paragraph', runs: [run('see (this)', { link: 'https://example.org/a(b)<c>' })] },
      ],
    });
    expect(markdown).toBe(
      [
        '# 1\\. \\*Not\\* a list or \\<b>tag\\</b>',
        '*a\\_b & c \\&amp; d*',
        '\\> not a quote  **\\[bold\\]** # mid-line',
        '[see (this)](https://example.org/a%28b%29%3Cc%3E)',
      ].join('\n\n') + '\n',
    );
  });

  it('writes an empty article as a single newline', () => {
    expect(markdownOf({ fields: bare, blocks: [] })).toBe('\n');
  });
});
