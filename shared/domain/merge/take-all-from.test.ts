import { describe, expect, it } from 'vitest';
import { flipDecision, planToArticle, takeAllFrom, NEWEST_POLICY } from '.';
import { A, B, B2, C, D, idOf, millPlan, ok } from './test-support';

describe('takeAllFrom', () => {
  const start = millPlan(NEWEST_POLICY);

  it("puts the older outlet's wording and its dropped line in, keeping what only the newer one carries (in story order: the response before the stale line)", () => {
    const { plan: edited, changed } = ok(takeAllFrom(start, 'old'));
    expect(changed).toEqual([idOf(start, B), idOf(start, C)]);
    expect(planToArticle(edited).paragraphs.join(' ')).toBe([A, B, D, C].join(' '));
    expect(edited.passages.find((p) => p.id === idOf(start, B))).toMatchObject({ text: B, from: 'old', decision: 'replaced' });
    expect(edited.passages.find((p) => p.id === idOf(start, C))).toMatchObject({ decision: 'added', reason: null });
  });

  it('changes nothing when the text already is that version', () => {
    expect(ok(takeAllFrom(start, 'new'))).toEqual({ plan: start, changed: [] });
  });

  it('accepts the offered additions under a base policy, and brings back a passage dropped by hand', () => {
    const based = millPlan({ kind: 'base', version: 'old' });
    const { plan: edited, changed } = ok(takeAllFrom(based, 'new'));
    expect(changed).toEqual([idOf(based, B2), idOf(based, D)]);
    expect(planToArticle(edited).paragraphs.join(' ')).toBe([A, B2, D, C].join(' '));
    const handDropped = ok(flipDecision(start, idOf(start, A)));
    expect(ok(takeAllFrom(handDropped, 'new'))).toEqual({ plan: start, changed: [idOf(start, A)] });
  });

  it('names a version the plan does not have', () => {
    expect(takeAllFrom(start, 'nope')).toEqual({ problem: 'no version "nope" in this merge plan (its versions: old, new)' });
  });
});
