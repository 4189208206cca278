import { describe, expect, it } from 'vitest';
import type { MergedPassage } from '../../../shared/domain/merge';
import { filterPassages } from './decisionFilter';

const passage = (id: string, decision: MergedPassage['decision'], policy: MergedPassage['decision'], wordings = 1): MergedPassage => ({
  id,
  text: id,
  decision,
  reason: null,
  policy: { decision: policy, reason: null },
  in: ['a'],
  outlets: ['A'],
  from: 'a',
  wordings: Array.from({ length: wordings }, (_, k) => ({ text: `${id}${k}`, versions: ['a'] })),
  replaces: [],
  replacedBy: [],
  placement: { inStructure: true, version: 'a', paragraph: 0, follows: null },
  paragraph: decision === 'dropped' || decision === 'offered' ? null : 0,
});

const plan = [
  passage('p1', 'kept', 'kept'),
  passage('p2', 'dropped', 'kept'),
  passage('p3', 'dropped', 'dropped', 2),
  passage('p4', 'added', 'offered'),
  passage('p5', 'offered', 'offered'),
];
const ids = (list: MergedPassage[]) => list.map((p) => p.id);

describe('filterPassages', () => {
  it('keeps story order and every passage for "all"', () => {
    expect(ids(filterPassages(plan, 'all'))).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
  });
  it('"changed" lists the decisions that differ from the policy', () => {
    expect(ids(filterPassages(plan, 'changed'))).toEqual(['p2', 'p4']);
  });
  it('"left-out" lists dropped and offered passages', () => {
    expect(ids(filterPassages(plan, 'left-out'))).toEqual(['p2', 'p3', 'p5']);
  });
  it('"variants" lists passages with more than one wording', () => {
    expect(ids(filterPassages(plan, 'variants'))).toEqual(['p3']);
  });
});
