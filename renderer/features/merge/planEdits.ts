import { inText, type MergePlan } from '../../../shared/domain/merge';

/** What the editor's body must do so it shows an edited plan: the passage ops H1's editor/ops perform. */
export type PlanEdit =
  | { kind: 'remove'; id: string }
  | { kind: 'insert'; id: string }
  | { kind: 'wording'; id: string; text: string; from: string; outlets: string[] };

/**
 * The body edits that take the text from one plan to the next (a flip, a swap, "take all from"), found by
 * comparing the plans rather than trusting each caller to list them. Removals come first and insertions in
 * story order, so each insertion finds the passages before it already in place.
 */
export function planEdits(before: MergePlan, after: MergePlan): PlanEdit[] {
  const old = new Map(before.passages.map((p) => [p.id, p]));
  const removals: PlanEdit[] = [];
  const others: PlanEdit[] = [];
  for (const next of after.passages) {
    const prior = old.get(next.id);
    const wasIn = prior !== undefined && inText(prior);
    if (wasIn && !inText(next)) removals.push({ kind: 'remove', id: next.id });
    else if (!wasIn && inText(next)) others.push({ kind: 'insert', id: next.id });
    else if (wasIn && prior.text !== next.text) others.push({ kind: 'wording', id: next.id, text: next.text, from: next.from, outlets: next.outlets });
  }
  return [...removals, ...others];
}
