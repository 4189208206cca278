import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { article, hostileText, revision, runs } from '../__fixtures__/arbitraries';
import { compareOptions, sentenceUnits } from '../diff';
import { alignStory, type StoryVersion } from '.';

// The N-version alignment on hostile and on edited versions: never throws, every sentence of every version is
// in exactly one passage, it gives the same answer twice, and says when a budget cut it short.
const soak = process.env.COPYDESK_SOAK === '1';

const TIMES = [null, '2026-11-27T08:00:00.000Z', '2026-11-27T09:30:00.000Z', '2026-11-27T09:30:00.000Z', 'not a time'];

const versionsOf = (texts: fc.Arbitrary<string[][]>): fc.Arbitrary<StoryVersion[]> =>
  fc.tuple(texts, fc.array(fc.constantFrom(...TIMES), { minLength: 6, maxLength: 6 }), fc.array(fc.option(hostileText(3)), { minLength: 6, maxLength: 6 })).map(([list, times, outlets]) =>
    list.map((paragraphs, k) => ({ id: `v${k}`, outlet: outlets[k]!, publishedAt: times[k]!, paragraphs })),
  );

/** Up to five versions: revisions of one generated article, or hostile texts. */
const versions = fc.oneof(
  versionsOf(article().chain((a) => fc.array(revision(a.paragraphs), { minLength: 1, maxLength: 5 }))),
  versionsOf(fc.array(fc.array(hostileText(15), { maxLength: 5 }), { minLength: 1, maxLength: 4 })),
);

describe('story alignment', () => {
  it('never throws, places every sentence of every version exactly once, and gives the same answer twice', () => {
    fc.assert(
      fc.property(versions, (list) => {
        const alignment = alignStory(list);
        expect(alignment.versions.map((v) => v.id).sort()).toEqual(list.map((v) => v.id).sort());
        alignment.versions.forEach((aligned, column) => {
          const version = list.find((v) => v.id === aligned.id)!;
          const placed = alignment.passages.flatMap((p) => (p.cells[column]!.state === 'absent' ? [] : [p.cells[column]!.sentence!])).sort((a, b) => a - b);
          expect(placed).toEqual(sentenceUnits(version.paragraphs, compareOptions()).sentences.map((_, i) => i));
        });
        expect(alignment.steps).toHaveLength(list.length);
        expect(alignStory(structuredClone(list))).toEqual(alignment);
      }),
      runs(60, soak),
    );
  });

  it('says when its sentence budget left sentences out', () => {
    fc.assert(
      fc.property(versions, fc.integer({ min: 1, max: 3 }), (list, maxSentences) => {
        const alignment = alignStory(list, { maxSentences });
        const longest = Math.max(...list.map((v) => sentenceUnits(v.paragraphs, compareOptions()).sentences.length));
        if (longest > maxSentences) expect(alignment.approximate).toBe(true);
      }),
      runs(40, soak),
    );
  });
});
