import { flipDecision, inText, type MergePlan } from '../../../shared/domain/merge';

/**
 * The plan brought in line with the body before it is saved. The body can leave the plan behind: the
 * sub-editor deletes a passage's whole text, or undoes a decision (the editor's undo restores the body, not
 * the plan). Each such passage is flipped, so a passage gone from the text is listed as dropped by hand and
 * one back in the text is in again: the stored decisions always describe the stored text, and no sentence
 * leaves the article without a drop that says so.
 */
export function reconcilePlan(plan: MergePlan, idsInBody: ReadonlySet<string>): MergePlan {
  let next = plan;
  for (const passage of plan.passages) {
    if (inText(passage) === idsInBody.has(passage.id)) continue;
    const flipped = flipDecision(next, passage.id);
    // The id comes from this plan, so the flip cannot fail; should it, the plan is left as it was.
    if (!('problem' in flipped)) next = flipped;
  }
  return next;
}
