/**
 * The change F7 (step +1) or Shift+F7 (step -1) goes to: wraps around at either end, like a search, so the
 * keys never go dead; from no current change, forward starts at the first and backward at the last.
 */
export function stepChange(current: number | null, step: 1 | -1, total: number): number | null {
  if (total === 0) return null;
  if (current === null) return step === 1 ? 0 : total - 1;
  return (current + step + total) % total;
}
