import { inText, layoutParagraphs } from './layout';
import type { MergePlan, MergedPassage, Wording } from './types';

const DROPPED_BY_HAND = 'dropped by hand';

/** The passage's decision flipped: in the text ↔ out of it, back to the policy's own decision where it had one. */
function flipped(passage: MergedPassage): MergedPassage {
  const policyIncluded = inText(passage.policy);
  if (inText(passage)) return policyIncluded ? { ...passage, decision: 'dropped', reason: DROPPED_BY_HAND } : { ...passage, ...passage.policy };
  return policyIncluded ? { ...passage, ...passage.policy } : { ...passage, decision: 'added', reason: null };
}

/** The passage in another of its wordings, its source the newest version printing that wording. */
const reworded = (passage: MergedPassage, wording: Wording): MergedPassage => ({ ...passage, text: wording.text, from: wording.versions.at(-1)! });

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
export const flipDecision = (plan: MergePlan, passageId: string): MergePlan | { problem: string } => withPassage(plan, passageId, flipped);

/** Swaps in another of the passage's wordings (one of `wordings`), its source becoming the newest version printing it. */
export function swapWording(plan: MergePlan, passageId: string, wording: string): MergePlan | { problem: string } {
  const passage = plan.passages.find((p) => p.id === passageId);
  const chosen = passage?.wordings.find((w) => w.text === wording);
  if (passage && !chosen) return { problem: `passage "${passageId}" has no such wording` };
  return withPassage(plan, passageId, (p) => reworded(p, chosen!));
}

/**
 * "Take all from <outlet>": every passage the version prints comes into the text in that version's wording;
 * passages it does not carry are left as they are (taking one outlet's account never deletes another's
 * additions). `changed` lists the passages whose text or decision changed, in story order, so the editor
 * can mirror exactly those. One layout pass, so linear in the plan however many passages change.
 */
export function takeAllFrom(plan: MergePlan, versionId: string): { plan: MergePlan; changed: string[] } | { problem: string } {
  if (!plan.versions.some((v) => v.id === versionId)) return { problem: `no version "${versionId}" in this merge plan (its versions: ${plan.versions.map((v) => v.id).join(', ')})` };
  const changed: string[] = [];
  const passages = plan.passages.map((passage) => {
    const wording = passage.wordings.find((w) => w.versions.includes(versionId));
    if (wording === undefined) return passage;
    let next = inText(passage) ? passage : flipped(passage);
    if (wording.text !== passage.text) next = reworded(next, wording);
    if (next !== passage) changed.push(passage.id);
    return next;
  });
  return { plan: { ...plan, passages: layoutParagraphs(passages) }, changed };
}
