/** The pair a comparison shows first. */
export interface Pair {
  from: string;
  to: string;
}

/**
 * The selected copy against the version before it in time, so the first view answers "what did this copy
 * change?". The oldest has nothing before it, so it is compared with the next one instead. `ordered` is
 * oldest first; a selection outside it (another story) falls back to the two newest versions.
 */
export function defaultPair(ordered: readonly string[], selected: string | null): Pair | null {
  if (ordered.length < 2) return null;
  const at = selected === null ? -1 : ordered.indexOf(selected);
  if (at === 0) return { from: ordered[0]!, to: ordered[1]! };
  const to = at > 0 ? at : ordered.length - 1;
  return { from: ordered[to - 1]!, to: ordered[to]! };
}
