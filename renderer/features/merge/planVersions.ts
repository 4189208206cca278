import type { MergePlan } from '../../../shared/domain/merge';

/** How the panel and the hover card name a version: its outlet, or its place in time when it has none. */
export function versionNames(plan: Pick<MergePlan, 'versions'>): Map<string, string> {
  return new Map(plan.versions.map((v, k) => [v.id, v.outlet ?? `Version ${k + 1}`]));
}
