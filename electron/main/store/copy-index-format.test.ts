import { describe, expect, it } from 'vitest';
import { copyIndexFormat } from './copy-index-format';
import { summarizeCopy } from './copy-summary';
import { makeCopy } from './test-support';

describe('copy index format', () => {
  it('writes rows and reads back the same summaries', () => {
    const copies = [summarizeCopy(makeCopy('a', { storyId: 's' })), summarizeCopy(makeCopy('b', { outlet: null, byline: 'By Ann' }))];
    const written = JSON.parse(JSON.stringify(copyIndexFormat.serialize({ copies })));
    expect(Array.isArray(written.rows[0])).toBe(true);
    expect(copyIndexFormat.parse(written)).toEqual({ ok: true, value: { copies } });
  });

  it('writes the same text as the JSON of its serialized form, also when rows are reused from an earlier write', async () => {
    const a = summarizeCopy(makeCopy('a', { storyId: 's', headline: 'Quote “this” \\ and "that"' }));
    const b = summarizeCopy(makeCopy('b', { outlet: null }));
    const first = await copyIndexFormat.stringify!({ copies: [a] });
    expect(first).toBe(JSON.stringify(copyIndexFormat.serialize({ copies: [a] })));
    const moved = { ...a, storyId: 't' };
    const second = await copyIndexFormat.stringify!({ copies: [moved, b] });
    expect(second).toBe(JSON.stringify(copyIndexFormat.serialize({ copies: [moved, b] })));
    expect(copyIndexFormat.parse(JSON.parse(second))).toEqual({ ok: true, value: { copies: [moved, b] } });
  });

  it('refuses rows whose columns are not the ones it writes, or a row of the wrong shape', () => {
    const written = copyIndexFormat.serialize({ copies: [summarizeCopy(makeCopy('a'))] }) as { columns: string[]; rows: unknown[][] };
    const swapped = { ...written, columns: [...written.columns].reverse() };
    expect(copyIndexFormat.parse(swapped)).toMatchObject({ ok: false, reason: expect.stringContaining('columns') });
    const short = { ...written, rows: [written.rows[0]!.slice(0, 5)] };
    expect(copyIndexFormat.parse(short)).toMatchObject({ ok: false, reason: expect.stringContaining('rows.0') });
  });
});

describe('summarizeCopy', () => {
  it('keeps everything but the body, with a snippet cut at a word and a word count', () => {
    const long = makeCopy('a', { paragraphs: ['word '.repeat(100).trim(), 'end'] });
    const summary = summarizeCopy(long);
    expect(summary).not.toHaveProperty('paragraphs');
    expect(summary).not.toHaveProperty('removed');
    expect(summary.wordCount).toBe(101);
    expect(summary.snippet.endsWith('word…')).toBe(true);
    expect(summary.snippet.length).toBeLessThanOrEqual(161);
  });
});
