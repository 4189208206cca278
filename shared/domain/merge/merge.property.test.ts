import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { article, hostileText, revision, runs } from '../__fixtures__/arbitraries';
import { compareOptions, sentenceUnits } from '../diff';
import { splitSentences } from '../text';
import { alignStory } from '../align';
import { buildMergePlan, flipDecision, inText, mergeStory, MergePlanSchema, NEWEST_POLICY, planToArticle, type MergePlan, type MergePolicy, type MergeVersion } from '.';

// Merging on hostile and on generated versions: never throws (a plan or a stated problem), the same plan
// twice, identical versions merge to themselves, a trimmed copy loses nothing, and no input sentence is lost.
const soak = process.env.COPYDESK_SOAK === '1';

const version = (k: number, paragraphs: string[], headline: string | null = null): MergeVersion => ({
  id: `v${k}`,
  outlet: `Outlet ${k}`,
  headline,
  publishedAt: `2026-11-27T${String(8 + k).padStart(2, '0')}:00:00.000Z`,
  paragraphs,
});

function planOf(versions: readonly MergeVersion[], policy: MergePolicy = NEWEST_POLICY): MergePlan {
  const merged = mergeStory(versions, policy);
  if (!merged.ok) throw new Error(merged.problem);
  return merged.plan;
}

const keys = (paragraphs: readonly string[]) => sentenceUnits(paragraphs, compareOptions()).sentences.map((s) => s.key);

/** Up to five versions with hostile text, times and outlets (null, equal, or unreadable times included). */
const hostileVersions = fc.uniqueArray(
  fc.record({
    id: fc.string({ minLength: 1, maxLength: 3 }),
    outlet: fc.option(hostileText(3)),
    headline: fc.option(hostileText(5)),
    publishedAt: fc.constantFrom(null, '2026-11-27T08:00:00.000Z', '2026-11-27T08:00:00.000Z', 'soon'),
    paragraphs: fc.array(hostileText(15), { maxLength: 5 }),
  }),
  { maxLength: 5, selector: (v) => v.id },
);

/** An article and up to four revisions of it, published an hour apart. */
const revisedStory = article().chain((a) => fc.array(revision(a.paragraphs), { minLength: 1, maxLength: 4 }).map((revisions) => [a.paragraphs, ...revisions].map((p, k) => version(k, p, a.headline))));

describe('merging the versions of a story', () => {
  it('never throws on hostile versions: a plan or a stated problem, the same twice, under either policy; a stale alignment is refused', () => {
    fc.assert(
      fc.property(hostileVersions, fc.nat(5), (versions, base) => {
        const policy: MergePolicy = versions[base] ? { kind: 'base', version: versions[base].id } : NEWEST_POLICY;
        const merged = mergeStory(versions, policy);
        if (merged.ok) expect(MergePlanSchema.safeParse(merged.plan).success).toBe(true);
        else expect(merged.problem).toMatch(/\S/);
        expect(mergeStory(structuredClone(versions), policy)).toEqual(merged);
        // A plan built from an alignment of other versions (a stale Compare tab) is refused, not attempted.
        const stale = buildMergePlan(alignStory(versions.slice(1)), versions, policy);
        if (versions.length > 0) expect(stale).toMatchObject({ ok: false, problem: expect.stringMatching(/\S/) });
      }),
      runs(60, soak),
    );
  });

  it('loses no sentence of any version, gives the same plan whatever order the versions come in, and flips back exactly', () => {
    fc.assert(
      fc.property(revisedStory, fc.nat(), (versions, pick) => {
        const plan = planOf(versions);
        const wordings = new Set(keys(plan.passages.flatMap((p) => p.wordings.map((w) => w.text))));
        for (const v of versions) for (const key of keys(v.paragraphs)) expect(wordings).toContain(key);
        for (const passage of plan.passages.filter((p) => !inText(p))) expect(passage.reason).toMatch(/\S/);
        expect(planOf([...versions].reverse())).toEqual(plan);
        const passage = plan.passages[pick % plan.passages.length]!;
        const flipped = flipDecision(plan, passage.id);
        if ('problem' in flipped) throw new Error(flipped.problem);
        expect(flipDecision(flipped, passage.id)).toEqual(plan);
      }),
      runs(60, soak),
    );
  });

  it('merges identical versions to that article: its headline, paragraphs and sentences', () => {
    fc.assert(
      fc.property(article(), fc.integer({ min: 1, max: 5 }), (a, n) => {
        const plan = planOf(Array.from({ length: n }, (_, k) => version(k, a.paragraphs, a.headline)));
        const merged = planToArticle(plan);
        expect(merged.headline).toBe(a.headline);
        expect(merged.paragraphs).toEqual(a.paragraphs);
        expect(merged.paragraphs.flatMap(splitSentences)).toEqual(a.paragraphs.flatMap(splitSentences));
        expect(plan.passages.every((p) => p.decision === 'kept')).toBe(true);
      }),
      runs(60, soak),
    );
  });

  it('merges a version with a trimmed copy of itself to the full version, whichever is newer', () => {
    const trimmed = article().chain((a) => {
      const sentences = a.paragraphs.flatMap(splitSentences);
      return fc.integer({ min: 1, max: sentences.length - 1 }).map((keep) => ({ full: a.paragraphs, trimmed: [sentences.slice(0, keep).join(' ')] }));
    });
    fc.assert(
      fc.property(trimmed, fc.boolean(), ({ full, trimmed: cut }, trimmedIsNewer) => {
        const versions = trimmedIsNewer ? [version(0, full), version(1, cut)] : [version(0, cut), version(1, full)];
        const merged = planToArticle(planOf(versions));
        expect(merged.paragraphs.flatMap(splitSentences)).toEqual(full.flatMap(splitSentences));
      }),
      runs(60, soak),
    );
  });
});

describe('regressions the properties found', () => {
  it('refuses to plan from an alignment that lacks one of the versions given, rather than leave its text out', () => {
    const [older, newer] = [version(0, ['The mill reopened on Tuesday after a long restoration.']), version(1, ['The mill reopened on Tuesday after a long restoration.', 'Its wheel turns again.'])];
    expect(buildMergePlan(alignStory([older]), [older, newer], NEWEST_POLICY)).toEqual({ ok: false, problem: 'the versions given are not those aligned (missing, extra or repeated ids)' });
    expect(buildMergePlan(alignStory([older, newer]), [older, newer], NEWEST_POLICY).ok).toBe(true);
  });
});
