import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { rowOffsets, rowWindow, type RowWindow } from './rowWindow';

/** Above this many rows a view renders only what is on screen; below it, every row (simpler, searchable). */
export const WINDOWING_THRESHOLD = 200;
const OVERSCAN = 12;

/**
 * Windowing for a long list of rows in the scroll container `scrollRef`, by estimated row heights. Returns
 * the rows to render, the space above and below them, and a way to bring a row into view even when it is
 * not rendered yet.
 */
export function useRowWindow(scrollRef: RefObject<HTMLElement | null>, heights: readonly number[]) {
  const windowed = heights.length > WINDOWING_THRESHOLD;
  const measured = useMeasuredHeights(scrollRef, heights, windowed);
  const offsets = useMemo(() => rowOffsets(heights.map((height, index) => measured.get(index) ?? height)), [heights, measured]);
  const [viewport, setViewport] = useState({ top: 0, height: 900 });

  useEffect(() => {
    const element = scrollRef.current;
    if (!element || !windowed) return;
    const update = () => setViewport({ top: element.scrollTop, height: element.clientHeight });
    update();
    element.addEventListener('scroll', update, { passive: true });
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => {
      element.removeEventListener('scroll', update);
      observer.disconnect();
    };
  }, [scrollRef, windowed]);

  const range: RowWindow = windowed ? rowWindow(offsets, viewport.top, viewport.height, OVERSCAN) : { start: 0, end: heights.length, before: 0, after: 0 };

  // A row asked for before it was rendered: brought into view once the window has rendered it.
  const pending = useRef<number | null>(null);

  // Read through a ref: measuring rows changes the offsets often, and scrollToRow must keep its identity, or
  // the views' "scroll to the current change" effects would fire again and pull the reader back.
  const offsetsRef = useRef(offsets);
  offsetsRef.current = offsets;

  /** Scrolls to where the offsets place row `index`, a third of the way down (they improve as rows are measured). */
  const jumpTo = useCallback((element: HTMLElement, index: number) => {
    const top = Math.max(0, (offsetsRef.current[index] ?? 0) - element.clientHeight / 3);
    if (Math.abs(element.scrollTop - top) < 1) return;
    element.scrollTop = top;
    setViewport({ top: element.scrollTop, height: element.clientHeight });
  }, []);

  const scrollToRow = useCallback(
    (index: number) => {
      const element = scrollRef.current;
      if (!element) return;
      const row = element.querySelector(`[data-row-index="${index}"]`);
      if (row) {
        pending.current = null;
        row.scrollIntoView({ block: 'nearest' });
        return;
      }
      // Not rendered yet: jump to its estimated place so the window renders it, and finish after that render.
      pending.current = index;
      jumpTo(element, index);
    },
    [scrollRef, jumpTo],
  );

  useEffect(() => {
    const element = scrollRef.current;
    if (pending.current === null || !element) return;
    const row = element.querySelector(`[data-row-index="${pending.current}"]`);
    // Measuring the rows just rendered may have moved the estimate: jump again until the row is there.
    if (!row) return jumpTo(element, pending.current);
    pending.current = null;
    row.scrollIntoView({ block: 'nearest' });
  });

  return { ...range, windowed, scrollToRow };
}

/**
 * The real heights of the rows rendered so far, by index (for the current `heights`). Estimates alone drift
 * from the layout over a long story: after a jump, the scroll position that shows the row could map, by the
 * estimates, to a window without it, and the row vanished again. Measured rows make the window exact where the
 * reader is.
 */
function useMeasuredHeights(scrollRef: RefObject<HTMLElement | null>, heights: readonly number[], windowed: boolean): ReadonlyMap<number, number> {
  const [measured, setMeasured] = useState<{ for: readonly number[]; heights: ReadonlyMap<number, number> }>({ for: heights, heights: new Map() });
  const current = measured.for === heights ? measured.heights : EMPTY;
  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element || !windowed) return;
    let next: Map<number, number> | null = null;
    for (const row of element.querySelectorAll<HTMLElement>('[data-row-index]')) {
      const index = Number(row.dataset.rowIndex);
      const height = row.offsetHeight;
      if (height > 0 && (current.get(index) ?? heights[index]) !== height) (next ??= new Map(current)).set(index, height);
    }
    if (next) setMeasured({ for: heights, heights: next });
  });
  return current;
}

const EMPTY: ReadonlyMap<number, number> = new Map();
