import type { StoryVersion } from './story-version';

/** Milliseconds since the epoch, or null for a missing or unreadable time (it then orders by position). */
function timeOf(version: StoryVersion): number | null {
  if (version.publishedAt === null) return null;
  const t = Date.parse(version.publishedAt);
  return Number.isNaN(t) ? null : t;
}

/**
 * Versions oldest first: by absolute published time where known; a version without one keeps its place in
 * import (document) order by taking the time of the nearest earlier version that has one. That rule keeps the
 * sort a total order (comparing only the known times would not be) and never moves an undated version far
 * from where the editor imported it. Ties keep import order, so the result is deterministic.
 */
export function orderByTime<V extends StoryVersion>(versions: readonly V[]): V[] {
  let carried = Number.NEGATIVE_INFINITY;
  const keyed = versions.map((version, index) => {
    const own = timeOf(version);
    if (own !== null) carried = own;
    return { version, index, time: own ?? carried };
  });
  keyed.sort((a, b) => a.time - b.time || a.index - b.index);
  return keyed.map((k) => k.version);
}
