import { describe, expect, it } from 'vitest';
import { flipDecision, inText, type MergePlan } from '../../../shared/domain/merge';
import { seedPlan } from '../editor/nodes/test-support';
import { reconcilePlan } from './reconcilePlan';

const plan = seedPlan();
const inTextIds = (p: MergePlan) => new Set(p.passages.filter(inText).map((passage) => passage.id));

describe('reconcilePlan', () => {
  it('leaves a plan that matches the body untouched', () => {
    expect(reconcilePlan(plan, inTextIds(plan))).toBe(plan);
  });

  it('a passage deleted from the body is dropped by hand, with its reason listed', () => {
    const gone = plan.passages.find(inText)!;
    const ids = inTextIds(plan);
    ids.delete(gone.id);
    const next = reconcilePlan(plan, ids);
    const passage = next.passages.find((p) => p.id === gone.id)!;
    expect(passage.decision).toBe('dropped');
    expect(passage.reason).toMatch(/by hand/);
    expect(inTextIds(next)).toEqual(ids);
  });

  it('a decision undone in the editor (the passage back in the body) is in the text again, as the policy had it', () => {
    const dropped = plan.passages.find((p) => !inText(p))!;
    const flipped = flipDecision(plan, plan.passages.find(inText)!.id);
    if ('problem' in flipped) throw new Error(flipped.problem);
    const next = reconcilePlan(flipped, new Set([...inTextIds(plan), dropped.id]));
    expect(next.passages.find((p) => p.id === dropped.id)!.decision).toBe('added');
    expect(next.passages.map((p) => p.decision)).toEqual(plan.passages.map((p) => (p.id === dropped.id ? 'added' : p.decision)));
  });
});
