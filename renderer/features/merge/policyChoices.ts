import { orderByTime } from '../../../shared/domain/align';
import type { WireCopy } from '../../../shared/domain/model';

/** One way to start a merge, as drafts.fromStory spells it ("newest" or "base:<copy id>"). */
export interface PolicyChoice {
  value: string;
  label: string;
}

/**
 * The policies offered for a story: newest-wins first (the default), then one base per version, newest
 * first, named by outlet (and time when two copies share an outlet, so the choices stay tellable apart).
 */
export function policyChoices(copies: readonly WireCopy[]): PolicyChoice[] {
  const newestFirst = orderByTime(copies).reverse();
  const outletCount = new Map<string, number>();
  for (const copy of copies) outletCount.set(copy.outlet ?? '', (outletCount.get(copy.outlet ?? '') ?? 0) + 1);
  const bases = newestFirst.map((copy) => {
    const outlet = copy.outlet ?? 'unknown outlet';
    const when = (outletCount.get(copy.outlet ?? '') ?? 0) > 1 && copy.published ? ` (${copy.published})` : '';
    return { value: `base:${copy.id}`, label: `Base: ${outlet}${when} version` };
  });
  return [{ value: 'newest', label: 'Newest wins, nothing lost' }, ...bases];
}
