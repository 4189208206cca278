import { describe, expect, it } from 'vitest';
import { flipDecision, swapWording, type MergePlan, type MergedPassage } from '../../../shared/domain/merge';
import { planEdits } from './planEdits';

const passage = (id: string, decision: MergedPassage['decision'], wordings: string[]): MergedPassage => ({
  id,
  text: wordings.at(-1)!,
  decision,
  reason: null,
  policy: { decision, reason: null },
  in: ['a', 'b'],
  outlets: ['A', 'B'],
  from: 'b',
  wordings: wordings.map((text, k) => ({ text, versions: [k === 0 ? 'a' : 'b'] })),
  replaces: [],
  replacedBy: [],
  placement: { inStructure: true, version: 'b', paragraph: 0, follows: null },
  paragraph: decision === 'dropped' || decision === 'offered' ? null : 0,
});

const plan: MergePlan = {
  policy: { kind: 'newest' },
  headline: 'H',
  wordingVersion: 'b',
  structureVersion: 'b',
  versions: [
    { id: 'a', outlet: 'A', publishedAt: null },
    { id: 'b', outlet: 'B', publishedAt: null },
  ],
  passages: [passage('p1', 'kept', ['One.']), passage('p2', 'replaced', ['Two old.', 'Two new.']), passage('p3', 'dropped', ['Three.'])],
  approximate: false,
};

const edited = (result: MergePlan | { problem: string }): MergePlan => {
  if ('problem' in result) throw new Error(result.problem);
  return result;
};

describe('planEdits', () => {
  it('finds nothing to do between equal plans', () => {
    expect(planEdits(plan, plan)).toEqual([]);
  });
  it('a flip out is a removal and a flip in an insertion', () => {
    expect(planEdits(plan, edited(flipDecision(plan, 'p1')))).toEqual([{ kind: 'remove', id: 'p1' }]);
    expect(planEdits(plan, edited(flipDecision(plan, 'p3')))).toEqual([{ kind: 'insert', id: 'p3' }]);
  });
  it('a swap is a new wording with its source', () => {
    expect(planEdits(plan, edited(swapWording(plan, 'p2', 'Two old.')))).toEqual([{ kind: 'wording', id: 'p2', text: 'Two old.', from: 'a', outlets: ['A', 'B'] }]);
  });
  it('puts removals first and insertions in story order', () => {
    const after = edited(flipDecision(edited(flipDecision(edited(flipDecision(plan, 'p3')), 'p1')), 'p2'));
    const back = edited(flipDecision(edited(flipDecision(plan, 'p1')), 'p2'));
    expect(planEdits(back, after).map((e) => `${e.kind}:${e.id}`)).toEqual(['insert:p3']);
    expect(planEdits(after, plan).map((e) => `${e.kind}:${e.id}`)).toEqual(['remove:p3', 'insert:p1', 'insert:p2']);
  });
});
