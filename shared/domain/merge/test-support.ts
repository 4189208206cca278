import { mergeStory } from './build-plan';
import type { MergePlan, MergePolicy, MergeVersion } from './types';

// The story the plan-editing tests share: two versions of one mill report, where the newer one rewords a line (B → B2),
// drops a stale one (C) and adds a response (D), so that every decision kind shows up. Test helper only (not bundled by the app).
const version = (id: string, hour: number, paragraphs: string[]): MergeVersion => ({ id, outlet: `Outlet ${id}`, publishedAt: `2026-11-20T${String(hour).padStart(2, '0')}:00:00.000Z`, headline: `Headline ${id}`, paragraphs });
export const A = 'The mill reopened on Tuesday after a two-year restoration costing four million pounds.';
export const B = 'Its wheel turns again for the first time since the flood of 1998.';
export const B2 = 'Its wheel is turning again for the first time since the flood of 1998.';
export const C = 'The trust running it has been contacted for comment.';
export const D = 'Trust chair Ana Petrov said the first flour would be sold at the Easter market.';
export const older = version('old', 8, [A, B, C]);
export const newer = version('new', 10, [A, B2, D]);

/** The mill story merged under `policy`; throws if it cannot be, so a test fails at the setup rather than later. */
export function millPlan(policy: MergePolicy): MergePlan {
  const merged = mergeStory([newer, older], policy);
  if (!merged.ok) throw new Error(merged.problem);
  return merged.plan;
}

/** The answer of an edit that was expected to succeed; its problem is thrown otherwise. */
export function ok<T extends object>(edited: T | { problem: string }): T {
  if ('problem' in edited) throw new Error(String(edited.problem));
  return edited;
}

/** The id of the passage whose chosen text or any of its wordings is `text`. */
export const idOf = (plan: MergePlan, text: string): string => plan.passages.find((x) => x.text === text || x.wordings.some((w) => w.text === text))!.id;
