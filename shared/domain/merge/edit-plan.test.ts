import { describe, expect, it } from 'vitest';
import { flipDecision, inText, mergeStory, parsePolicy, planToArticle, swapWording, NEWEST_POLICY } from '.';
import { A, B, B2, C, D, idOf, millPlan, newer, ok, older } from './test-support';

describe('flipDecision', () => {
  const start = millPlan(NEWEST_POLICY);

  it('drops a passage by hand and flipping again restores the policy decision exactly', () => {
    const dropped = ok(flipDecision(start, idOf(start, A)));
    expect(dropped.passages[0]).toMatchObject({ decision: 'dropped', reason: 'dropped by hand', paragraph: null });
    expect(planToArticle(dropped).paragraphs).toEqual([B2, D]);
    expect(ok(flipDecision(dropped, idOf(start, A)))).toEqual(start);
  });

  it('brings back a passage the policy dropped, as added, and undoes that too', () => {
    const stale = idOf(start, C);
    expect(start.passages.find((p) => p.id === stale)!.decision).toBe('dropped');
    const restored = ok(flipDecision(start, stale));
    expect(restored.passages.find((p) => p.id === stale)).toMatchObject({ decision: 'added', reason: null });
    expect(planToArticle(restored).paragraphs.join(' ')).toContain(C);
    expect(ok(flipDecision(restored, stale))).toEqual(start);
  });

  it('names an unknown passage', () => {
    expect(flipDecision(start, 'p99')).toEqual({ problem: 'no passage "p99" in this merge plan' });
  });
});

describe('swapWording', () => {
  it('swaps in an older wording with its source, and back', () => {
    const start = millPlan(NEWEST_POLICY);
    const id = idOf(start, B);
    expect(start.passages.find((p) => p.id === id)).toMatchObject({ decision: 'replaced', text: B2, from: 'new' });
    const swapped = ok(swapWording(start, id, B));
    expect(swapped.passages.find((p) => p.id === id)).toMatchObject({ text: B, from: 'old' });
    expect(ok(swapWording(swapped, id, B2))).toEqual(start);
    expect(swapWording(start, id, 'Something else.')).toHaveProperty('problem');
  });
});

describe('base + additions', () => {
  it("keeps the base as it ran and offers the others' additions until accepted", () => {
    const policy = parsePolicy('base:old');
    if ('problem' in policy) throw new Error(policy.problem);
    const base = millPlan(policy);
    expect(base.wordingVersion).toBe('old');
    expect(planToArticle(base)).toEqual({ headline: 'Headline old', paragraphs: [A, B, C] });
    const offered = base.passages.filter((p) => !inText(p));
    expect(offered.map((p) => [p.text, p.decision])).toEqual([[D, 'offered']]);
    expect(offered[0]!.reason).toBe('not in the base Outlet old (old); carried by Outlet new (new)');
    // Accepted in story order, where the alignment puts a replacement: before the line it replaced.
    expect(planToArticle(ok(flipDecision(base, offered[0]!.id))).paragraphs).toEqual([A, B, D, C]);
  });

  it('refuses a base that is not a version of the story, and a malformed policy', () => {
    expect(mergeStory([older, newer], { kind: 'base', version: 'zz' })).toEqual({ ok: false, problem: 'policy base:zz: not a version of this story (its versions: old, new)' });
    expect(parsePolicy('oldest')).toHaveProperty('problem');
    expect(mergeStory([], NEWEST_POLICY)).toMatchObject({ ok: false });
  });
});
