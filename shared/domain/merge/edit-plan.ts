import { inText, layoutParagraphs } from './layout';
import type { MergePlan, MergedPassage } from './types';

const DROPPED_BY_HAND = 'dropped by hand';

function withPassage(plan: MergePlan, id: string, change: (p: MergedPassage) => MergedPassage): MergePlan | { problem: string } {
  const at = plan.passages.findIndex((p) => p.id === id);
  if (at < 0) return { problem: `no passage "${id}" in this merge plan` };
  const passages = plan.passages.map((p, k) => (k === at ? change(p) : p));
  return { ...plan, passages: layoutParagraphs(passages) };
}

/**
 * Takes a passage out of the text, or puts it in: the plan's one reversible edit. Flipping a passage back
 * restores exactly the policy's decision and reason; a passage the policy left out comes in as 'added'.
 * Returns a new plan (the old one is untouched, so the editor's undo can keep it).
 */
export function flipDecision(plan: MergePlan, passageId: string): MergePlan | { problem: string } {
  return withPassage(plan, passageId, (passage) => {
    const policyIncluded = inText(passage.policy);
    if (inText(passage)) return policyIncluded ? { ...passage, decision: 'dropped', reason: DROPPED_BY_HAND } : { ...passage, ...passage.policy };
    return policyIncluded ? { ...passage, ...passage.policy } : { ...passage, decision: 'added', reason: null };
  });
}

/** Swaps in another of the passage's wordings (one of `wordings`), its source becoming the newest version printing it. */
export function swapWording(plan: MergePlan, passageId: string, wording: string): MergePlan | { problem: string } {
  const passage = plan.passages.find((p) => p.id === passageId);
  const chosen = passage?.wordings.find((w) => w.text === wording);
  if (passage && !chosen) return { problem: `passage "${passageId}" has no such wording` };
  return withPassage(plan, passageId, (p) => ({ ...p, text: chosen!.text, from: chosen!.versions.at(-1)! }));
}
