import { ApiFailure } from '../../../shared/api/errors';
import type { StoryDetail } from '../../../shared/api/contract';
import { draftFromPlan } from '../../../shared/domain/draft';
import { mergeStory, parsePolicy, NEWEST_POLICY } from '../../../shared/domain/merge';

/**
 * The title, content and text of a new draft merging a story's stored copies under `policyText` ("newest" by
 * default, or "base:<copy id>"): the same plan and editor state the CLI `merge` command builds. A story of
 * one copy still gives a draft (merging one version gives that version), so every story can be edited.
 * `budgetMs` is the store's diff time budget (Settings.diffBudgetMs), as the Compare tab uses it.
 */
export function mergedDraftOf({ story, copies }: StoryDetail, policyText: string | undefined, budgetMs: number): { title: string; content: string; text: string } {
  const policy = policyText === undefined ? NEWEST_POLICY : parsePolicy(policyText);
  if ('problem' in policy) throw new ApiFailure('invalid-input', `Cannot merge story ${story.id}: ${policy.problem}.`);
  const merged = mergeStory(copies, policy, { timeoutMs: budgetMs });
  if (!merged.ok) {
    // No readable copy is a store problem (see the notices); anything else is a policy naming a stranger.
    const code = copies.length === 0 ? 'not-found' : 'invalid-input';
    throw new ApiFailure(code, `Cannot merge story ${story.id}: ${merged.problem}.`);
  }
  return draftFromPlan(merged.plan, copies);
}
