import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../analyze';
import { applyChanges } from './apply-changes';
import { diffVersions } from './diff-versions';
import { compareKey, compareOptions } from './options';
import { sideBySideRows } from './side-by-side';
import type { RelatedDiff, VersionDiff } from './types';

interface GoldenChange {
  kind: string;
  old: string[];
  new: string[];
  removed?: string[];
  added?: string[];
}
interface Golden {
  about: string;
  old: string[];
  new: string[];
  expect: { related: boolean; changes?: GoldenChange[] };
}

const dir = join(__dirname, '__fixtures__', 'golden');
const goldens = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(dir, f), 'utf8')) as Golden] as const);

function related(diff: VersionDiff): RelatedDiff {
  if (!diff.related) throw new Error(`expected related versions, got: ${diff.verdict}`);
  return diff;
}

/**
 * The invariant: old sentences + changes = new sentences, compared as the diff compares them; and the
 * side-by-side rows show every sentence of each version once, in order.
 */
function expectChangesRebuildNew(diff: RelatedDiff) {
  const options = compareOptions();
  const rebuilt = applyChanges(diff.oldSentences.map((s) => s.text), diff.changes);
  expect(rebuilt.map((s) => compareKey(s, options))).toEqual(diff.newSentences.map((s) => s.key));
  const rows = sideBySideRows(diff);
  expect(rows.flatMap((r) => r.old)).toEqual(diff.oldSentences.map((_, i) => i));
  expect(rows.flatMap((r) => r.new)).toEqual(diff.newSentences.map((_, i) => i));
}

describe('diffVersions on the golden cases', () => {
  it('has every case the issue names', () => {
    expect(goldens.map(([name]) => name).sort()).toEqual(
      ['added-paragraph', 'identical', 'joined-colon-quote', 'paragraph-split', 'quotes-and-breaks', 'reordered-paragraphs', 'trimmed-ending', 'unrelated', 'word-corrected-in-quote'],
    );
  });

  for (const [name, golden] of goldens) {
    it(`${name}: ${golden.about}`, () => {
      const diff = diffVersions(golden.old, golden.new);
      expect(diff.related).toBe(golden.expect.related);
      if (!diff.related) {
        expect(diff.verdict).toMatch(/not versions of one story/);
        return;
      }
      expect(diff.approximate).toBe(false);
      expect(diff.changes.map((c) => ({ kind: c.kind, old: c.old, new: c.new }))).toEqual(
        (golden.expect.changes ?? []).map((c) => ({ kind: c.kind, old: c.old, new: c.new })),
      );
      diff.changes.forEach((c, i) => {
        const want = golden.expect.changes![i]!;
        if (want.removed) expect(c.words!.filter((w) => w.removed).map((w) => w.value.trim())).toEqual(want.removed);
        if (want.added) expect(c.words!.filter((w) => w.added).map((w) => w.value.trim())).toEqual(want.added);
      });
      expectChangesRebuildNew(diff);
    });
  }
});

describe('diffVersions', () => {
  const story = JSON.parse(readFileSync(join(dir, 'identical.json'), 'utf8')) as Golden;
  const sentences = story.old.join(' ').split(/(?<=\.) /);

  it('keeps consecutive inserted sentences in one insert and a 1 → 3 replacement in one replace', () => {
    const old = [...sentences.slice(0, 4), 'The council has been contacted for comment.'];
    const next = [...sentences.slice(0, 2), 'Extra one.', 'Extra two.', ...sentences.slice(2, 4), 'It said the rise was fair.', 'Residents disagree.', 'A vote is due.'];
    const diff = related(diffVersions(old, next));
    expect(diff.changes.map((c) => [c.kind, c.old.length, c.new.length])).toEqual([
      ['insert', 0, 2],
      ['replace', 1, 3],
    ]);
    expect(diff.counts).toEqual({ insertions: 1, deletions: 0, replacements: 1, moves: 0 });
    expectChangesRebuildNew(diff);
  });

  it('reports case changes by default and ignores them when asked', () => {
    const old = story.old;
    const next = [old[0]!.replace('Ferry', 'FERRY'), ...old.slice(1)];
    expect(related(diffVersions(old, next)).counts.replacements).toBe(1);
    expect(related(diffVersions(old, next, { ignoreCase: true })).changes).toEqual([]);
  });

  it('reports quote style only when typography is not ignored', () => {
    const next = story.old.map((p) => p.replace(/[\u201c\u201d]/g, '"'));
    expect(related(diffVersions(story.old, next)).changes).toEqual([]);
    expect(related(diffVersions(story.old, next, { ignoreTypography: false })).counts.replacements).toBe(1);
  });

  it('rebuilds the new text after several kinds of change at once', () => {
    const old = sentences;
    const next = [sentences[3]!, sentences[0]!, 'Brand new lead sentence about the ferry.', sentences[1]!.replace('fuel', 'diesel'), ...sentences.slice(4, -1)];
    const diff = related(diffVersions(old, next));
    expect(new Set(diff.changes.map((c) => c.kind))).toEqual(new Set(['move', 'insert', 'delete']));
    expectChangesRebuildNew(diff);
  });

  it('reports a passage moved and reworded as one move, with word highlights', () => {
    const reworded = sentences[1]!.replace('fuel', 'diesel');
    const next = [sentences[0]!, 'Brand new sentence about the ferry.', ...sentences.slice(2, 5), reworded, sentences[5]!];
    const diff = related(diffVersions(sentences, next));
    expect(diff.changes.map((c) => [c.kind, c.old, c.new])).toEqual([
      ['insert', [], ['Brand new sentence about the ferry.']],
      ['move', [sentences[1]], [reworded]],
      ['delete', [sentences[6]], []],
    ]);
    expect(diff.changes[1]!.words!.filter((w) => w.added || w.removed).map((w) => w.value.trim())).toEqual(['fuel', 'diesel']);
    expectChangesRebuildNew(diff);
  });

  it('pairs alike sentences in the same gap as a replacement, not a move', () => {
    const next = [...sentences.slice(0, 2), sentences[2]!.replace('1.2', '1.3'), ...sentences.slice(3)];
    expect(related(diffVersions(sentences, next)).changes.map((c) => c.kind)).toEqual(['replace']);
  });

  it('gives a coarse but still exact answer when the sentence budget runs out', () => {
    const next = [...sentences].reverse();
    const diff = related(diffVersions(sentences, next, { maxSentenceEdits: 1 }));
    expect(diff.approximate).toBe(true);
    expectChangesRebuildNew(diff);
  });

  it('rejects options outside their range, naming the option', () => {
    expect(() => diffVersions([], [], { similarSentence: 2 })).toThrow(/similarSentence/);
  });
});

describe('diffVersions on the sample page (the acceptance case)', () => {
  it('finds exactly the insertion and the replacement between Leader Live and North Wales Chronicle', () => {
    const page = readFileSync(join(__dirname, '..', '..', '..', '..', 'shared', 'fixtures', 'seed', 'daily8-met-lfr.txt'), 'utf8');
    const articles = analyzePage(page, { source: 'seed.txt', importedAt: '2026-11-27T12:00:00Z' }).articles;
    const [leader, chronicle] = [articles.find((a) => a.outlet === 'Leader Live')!, articles.filter((a) => a.outlet === 'North Wales Chronicle')[1]!];
    const diff = related(diffVersions(leader.paragraphs, chronicle.paragraphs));
    expect(diff.changes.map((c) => [c.kind, c.old.length, c.new.length])).toEqual([
      ['insert', 0, 1],
      ['replace', 1, 3],
    ]);
    expect(diff.changes[0]!.new[0]).toMatch(/^A Met spokeswoman said the force believes its use of the tool is .both lawful and proportionate/);
    expect(diff.changes[0]!.oldAt.start).toBe(diff.oldSentences.findIndex((s) => s.text.startsWith('Metropolitan Police commissioner Sir Mark Rowley')) + 1);
    expect(diff.changes[1]!.old).toEqual(['The Metropolitan Police has been contacted for comment.']);
    expectChangesRebuildNew(diff);
  });
});

describe('applyChanges', () => {
  it('notices changes that do not fit the old text', () => {
    const diff = related(diffVersions(['One two three four. Five six seven.'], ['One two three four. Five six seven. Eight nine.']));
    expect(() => applyChanges([], diff.changes)).toThrow(RangeError);
    const twice = [...diff.changes, ...diff.changes];
    expect(() => applyChanges(diff.oldSentences.map((s) => s.text), twice)).toThrow(RangeError);
  });
});
