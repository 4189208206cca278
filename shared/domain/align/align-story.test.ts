import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../analyze';
import { alignStory } from './align-story';
import type { StoryAlignment } from './types';

const base = (JSON.parse(readFileSync(join(__dirname, '..', 'diff', '__fixtures__', 'golden', 'identical.json'), 'utf8')) as { old: string[] }).old;
const S = base.join(' ').split(/(?<=\.) (?=[A-Z\u201c])/);
const version = (id: string, publishedAt: string | null, paragraphs: string[]) => ({ id, outlet: `Outlet ${id}`, publishedAt, paragraphs });

/** The matrix as letters, one string per passage: P present, V variant, - absent, with * for a move. */
const picture = (a: StoryAlignment) => a.passages.map((p) => p.cells.map((c) => (c.state === 'absent' ? '-' : c.state === 'present' ? 'P' : 'V') + (c.moved ? '*' : '')).join(''));

describe('alignStory', () => {
  it('orders versions by time, marks the newest, and keeps a dropped-then-restored sentence as one passage', () => {
    const reworded = S[1]!.replace('higher fuel costs', 'soaring fuel prices');
    const alignment = alignStory([
      version('late', '2026-11-27T12:00:00Z', [S[0]!, reworded, ...S.slice(2), 'Tickets go on sale on Monday.']),
      version('early', '2026-11-27T08:00:00Z', base),
      version('mid', '2026-11-27T10:00:00Z', [S[0]!, S[1]!, ...S.slice(3)]),
    ]);
    expect(alignment.versions.map((v) => [v.id, v.newest])).toEqual([['early', false], ['mid', false], ['late', true]]);
    expect(picture(alignment)).toEqual(['PPP', 'PPV', 'P-P', ...S.slice(3).map(() => 'PPP'), '--P']);
    expect(alignment.passages[1]!.wordings).toEqual([S[1], reworded]);
    expect(alignment.passages[2]!.in).toEqual(['early', 'late']);
    expect(alignment.steps.map((s) => s.summary)).toEqual(['first version', 'drops 1', 'adds 1 passage, replaces 1']);
    expect(alignment.steps[2]).toMatchObject({ previous: 'mid', adds: ['p2', `p${S.length}`], rewords: ['p1'] });
    expect(alignment.steps[0]!.diff).toBeNull();
    expect(alignment.approximate).toBe(false);
  });

  it('reports a reordered paragraph as a move and a split paragraph as no change', () => {
    const [p0, p1, p2, p3, p4] = base as [string, string, string, string, string];
    const alignment = alignStory([
      version('a', null, base),
      version('b', null, [p0, p3, p1, p2, p4]),
      version('c', null, [p0, ...p1.split(/(?<=choice\.) /), p2, p3, p4]),
    ]);
    expect(alignment.versions.map((v) => v.id)).toEqual(['a', 'b', 'c']);
    expect(alignment.passages.every((p) => p.everywhere)).toBe(true);
    const movedRows = alignment.passages.filter((p) => p.cells[1]!.moved);
    expect(movedRows.map((p) => p.wordings[0])).toEqual([p3]);
    // c puts back the paragraph b moved: a move relative to b, none relative to the story order.
    expect(alignment.steps.map((s) => s.summary)).toEqual(['first version', 'moves 1', 'moves 1']);
    expect(alignment.steps[2]!.moves).toEqual([]);
    // The split puts the second sentence of the old paragraph 1 in a paragraph of its own: metadata only.
    expect(alignment.passages.slice(1, 3).map((p) => p.cells.map((c) => c.paragraph))).toEqual([[1, 2, 1], [1, 2, 2]]);
  });

  it('keeps a passage moved and reworded by a later version in its row, as a moved variant', () => {
    const reworded = S[1]!.replace('fuel', 'diesel');
    const alignment = alignStory([version('a', null, base), version('b', null, [S[0]!, ...S.slice(2, 5), reworded, ...S.slice(5)])]);
    expect(picture(alignment)).toEqual(['PP', 'PV*', ...S.slice(2).map(() => 'PP')]);
    expect(alignment.steps[1]).toMatchObject({ rewords: ['p1'], moves: ['p1'], summary: 'moves 1' });
  });

  it('says so when a version in the story is not a version of it at all', () => {
    const orchid = ['A rare orchid not seen in the county for forty years has been found growing on a disused railway embankment near Dunholm by volunteers clearing brambles at the weekend.'];
    const alignment = alignStory([version('a', null, base), version('b', null, orchid)]);
    expect(alignment.steps[1]!.diff).toMatchObject({ related: false });
    expect(alignment.steps[1]!.summary).toMatch(/^not a version of the same story \(shares \d+% of its wording\)$/);
  });

  it('aligns the sample page story: 19 shared sentences, the older closing line dropped, 4 added', () => {
    const page = readFileSync(join(__dirname, '..', '..', '..', '..', 'shared', 'fixtures', 'seed', 'daily8-met-lfr.txt'), 'utf8');
    const analysis = analyzePage(page, { source: 'seed.txt', importedAt: '2026-11-27T12:00:00Z' });
    const story = analysis.stories.find((s) => s.articles.length === 2)!;
    const alignment = alignStory(analysis.articles.filter((a) => story.articles.includes(a.id)));
    expect(alignment.versions.map((v) => v.outlet)).toEqual(['Leader Live', 'North Wales Chronicle']);
    expect(alignment.passages.filter((p) => p.everywhere)).toHaveLength(19);
    expect(alignment.steps[1]).toMatchObject({ summary: 'adds 1 passage, replaces 1', adds: [expect.any(String), expect.any(String), expect.any(String), expect.any(String)] });
    const dropped = alignment.passages.find((p) => p.id === alignment.steps[1]!.drops[0]);
    expect(dropped!.wordings).toEqual(['The Metropolitan Police has been contacted for comment.']);
  });

  it('gives a coarse answer past the sentence budget, with every sentence still in its column', () => {
    const alignment = alignStory([version('a', null, base), version('b', null, [...S].reverse())], { maxSentenceEdits: 1 });
    expect(alignment.approximate).toBe(true);
    expect(alignment.passages.filter((p) => p.cells[1]!.state !== 'absent')).toHaveLength(S.length);
  });
});
