/** Rows to render out of a long list, and the space the others take above and below them. */
export interface RowWindow {
  start: number;
  end: number;
  before: number;
  after: number;
}

/** Running totals of row heights: offsets[i] is where row i starts, offsets[n] the full height. */
export function rowOffsets(heights: readonly number[]): number[] {
  const offsets = [0];
  for (const h of heights) offsets.push(offsets[offsets.length - 1]! + h);
  return offsets;
}

/** Index of the row containing `y` (binary search over the offsets; clamped to the rows). */
export function rowAt(offsets: readonly number[], y: number): number {
  const count = offsets.length - 1;
  let [low, high] = [0, count - 1];
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (offsets[mid]! <= y) low = mid;
    else high = mid - 1;
  }
  return Math.max(0, low);
}

/**
 * The rows visible in a viewport [top, top + height), plus `overscan` rows each side so a fast scroll does
 * not show blank space before React catches up.
 */
export function rowWindow(offsets: readonly number[], top: number, height: number, overscan: number): RowWindow {
  const count = offsets.length - 1;
  if (count <= 0) return { start: 0, end: 0, before: 0, after: 0 };
  const start = Math.max(0, rowAt(offsets, top) - overscan);
  const end = Math.min(count, rowAt(offsets, top + height) + 1 + overscan);
  return { start, end, before: offsets[start]!, after: offsets[count]! - offsets[end]! };
}
