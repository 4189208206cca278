import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { article, hostileText, MEGABYTE_RUNS, megabyteLine, revision, runs } from '../__fixtures__/arbitraries';
import { applyChanges, compareKey, compareOptions, diffVersions, diffWords, sentenceUnits, sideBySideRows, type CompareOptions, type VersionDiff, type WordPart } from '.';

// The pairwise diff on hostile and on edited versions: never throws, keeps its invariant (the changes turn
// the old sentences into the new, the side-by-side rows show every sentence once per side), gives the same
// answer twice, and says when a budget cut it short.
const soak = process.env.COPYDESK_SOAK === '1';

const hostileVersion = fc.array(hostileText(20), { maxLength: 6 });

/** An article and another version of it, or two hostile texts. */
const pair = fc.oneof(
  article().chain((a) => fc.tuple(fc.constant(a.paragraphs), revision(a.paragraphs))),
  fc.tuple(hostileVersion, hostileVersion),
);

/** Comparison options in every combination of what is ignored; the default budgets. */
const options = fc.record({ ignoreWhitespace: fc.boolean(), ignoreTypography: fc.boolean(), ignoreCase: fc.boolean() }).map((o) => compareOptions(o));

/** The invariants of a diff: the changes rebuild the new version, and the rows show each side in order, once. */
function expectConsistent(diff: VersionDiff, opts: CompareOptions): void {
  if (!diff.related) {
    expect(diff.verdict).toMatch(/\S/);
    return;
  }
  const rebuilt = applyChanges(diff.oldSentences.map((s) => s.text), diff.changes);
  expect(rebuilt.map((s) => compareKey(s, opts))).toEqual(diff.newSentences.map((s) => s.key));
  const rows = sideBySideRows(diff);
  expect(rows.flatMap((r) => r.old)).toEqual(diff.oldSentences.map((_, i) => i));
  expect(rows.flatMap((r) => r.new)).toEqual(diff.newSentences.map((_, i) => i));
}

describe('the version diff', () => {
  it('never throws, keeps its invariants and gives the same answer twice', () => {
    fc.assert(
      fc.property(pair, options, ([olds, news], opts) => {
        const diff = diffVersions(olds, news, opts);
        expectConsistent(diff, opts);
        expect(diffVersions(olds, news, opts)).toEqual(diff);
      }),
      runs(100, soak),
    );
  });

  it('finds an article with its paragraphs reordered to be the same story, changed only by moves', () => {
    fc.assert(
      fc.property(article(), (a) => {
        const diff = diffVersions(a.paragraphs, [...a.paragraphs].reverse());
        expect(diff.related).toBe(true);
        if (diff.related) expect(diff.changes.filter((c) => c.kind !== 'move')).toEqual([]);
      }),
      runs(50, soak),
    );
  });

  it('says when its sentence budget left sentences out', () => {
    fc.assert(
      fc.property(pair, fc.integer({ min: 1, max: 4 }), ([olds, news], maxSentences) => {
        const opts = compareOptions({ maxSentences, minRelated: 0 });
        const diff = diffVersions(olds, news, opts);
        expectConsistent(diff, opts);
        const longest = Math.max(...[olds, news].map((v) => sentenceUnits(v, compareOptions()).sentences.length));
        if (longest > maxSentences) expect(diff.approximate).toBe(true);
      }),
      runs(60, soak),
    );
  });

  it('survives a paragraph of about 1 MB', () => {
    fc.assert(
      fc.property(megabyteLine(), hostileVersion, (line, other) => {
        expectConsistent(diffVersions([line], other), compareOptions());
      }),
      MEGABYTE_RUNS,
    );
  });
});

/** One side of a word diff as the views show it: common parts with the removed (old) or the added (new) ones. */
const side = (parts: readonly WordPart[], drop: 'added' | 'removed'): string => parts.filter((p) => !p[drop]).map((p) => p.value).join('');

describe('the word diff', () => {
  it('never throws; common and removed parts read as the old text, common and added as the new (up to what the options ignore)', () => {
    const texts = fc.oneof(fc.tuple(hostileText(30), hostileText(30)), article().chain((a) => fc.tuple(fc.constant(a.paragraphs.join(' ')), revision(a.paragraphs).map((r) => r.join(' ')))));
    fc.assert(
      fc.property(texts, options, ([a, b], opts) => {
        const diff = diffWords(a, b, opts);
        expect(compareKey(side(diff.parts, 'added'), opts)).toBe(compareKey(a, opts));
        expect(compareKey(side(diff.parts, 'removed'), opts)).toBe(compareKey(b, opts));
        expect(diffWords(a, b, opts)).toEqual(diff);
      }),
      runs(150, soak),
    );
  });

  it('says when its word budget cut it short, and then shows the whole run as replaced', () => {
    const twoWordsChanged = article().chain((a) => {
      const words = a.paragraphs.join(' ').split(' ');
      return fc.uniqueArray(fc.nat(words.length - 1), { minLength: 2, maxLength: 2 }).map((at) => [words.join(' '), words.map((w, k) => (at.includes(k) ? 'zebra' : w)).join(' ')] as const);
    });
    fc.assert(
      fc.property(twoWordsChanged, ([a, b]) => {
        expect(diffWords(a, b, compareOptions()).approximate).toBe(false);
        const cut = diffWords(a, b, compareOptions({ maxWordEdits: 1 }));
        expect(cut.approximate).toBe(true);
        expect(cut.parts).toEqual([{ value: a, removed: true }, { value: b, added: true }]);
      }),
      runs(60, soak),
    );
  });
});
