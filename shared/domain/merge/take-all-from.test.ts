import { describe, expect, it } from 'vitest';
import { flipDecision, mergeStory, planToArticle, takeAllFrom, NEWEST_POLICY, type MergePlan, type MergePolicy, type MergeVersion } from '.';

const v = (id: string, hour: number, paragraphs: string[]): MergeVersion => ({ id, outlet: `Outlet ${id}`, publishedAt: `2026-11-20T${String(hour).padStart(2, '0')}:00:00.000Z`, headline: `Headline ${id}`, paragraphs });
const A = 'The mill reopened on Tuesday after a two-year restoration costing four million pounds.';
const B = 'Its wheel turns again for the first time since the flood of 1998.';
const B2 = 'Its wheel is turning again for the first time since the flood of 1998.';
const C = 'The trust running it has been contacted for comment.';
const D = 'Trust chair Ana Petrov said the first flour would be sold at the Easter market.';
const older = v('old', 8, [A, B, C]);
const newer = v('new', 10, [A, B2, D]);

function plan(policy: MergePolicy): MergePlan {
  const merged = mergeStory([newer, older], policy);
  if (!merged.ok) throw new Error(merged.problem);
  return merged.plan;
}
function taken(from: MergePlan, version: string) {
  const result = takeAllFrom(from, version);
  if ('problem' in result) throw new Error(result.problem);
  return result;
}
const idOf = (p: MergePlan, text: string) => p.passages.find((x) => x.wordings.some((w) => w.text === text))!.id;

describe('takeAllFrom', () => {
  const start = plan(NEWEST_POLICY);

  it("puts the older outlet's wording and its dropped line in, keeping what only the newer one carries (in story order: the response before the stale line)", () => {
    const { plan: edited, changed } = taken(start, 'old');
    expect(changed).toEqual([idOf(start, B), idOf(start, C)]);
    expect(planToArticle(edited).paragraphs.join(' ')).toBe([A, B, D, C].join(' '));
    expect(edited.passages.find((p) => p.id === idOf(start, B))).toMatchObject({ text: B, from: 'old', decision: 'replaced' });
    expect(edited.passages.find((p) => p.id === idOf(start, C))).toMatchObject({ decision: 'added', reason: null });
  });

  it('changes nothing when the text already is that version', () => {
    expect(taken(start, 'new')).toEqual({ plan: start, changed: [] });
  });

  it('accepts the offered additions under a base policy, and brings back a passage dropped by hand', () => {
    const based = plan({ kind: 'base', version: 'old' });
    const { plan: edited, changed } = taken(based, 'new');
    expect(changed).toEqual([idOf(based, B2), idOf(based, D)]);
    expect(planToArticle(edited).paragraphs.join(' ')).toBe([A, B2, D, C].join(' '));
    const handDropped = flipDecision(start, idOf(start, A));
    if ('problem' in handDropped) throw new Error(handDropped.problem);
    expect(taken(handDropped, 'new')).toEqual({ plan: start, changed: [idOf(start, A)] });
  });

  it('names a version the plan does not have', () => {
    expect(takeAllFrom(start, 'nope')).toEqual({ problem: 'no version "nope" in this merge plan (its versions: old, new)' });
  });
});
