import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
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
  const offsets = useMemo(() => rowOffsets(heights), [heights]);
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
      element.scrollTop = Math.max(0, (offsets[index] ?? 0) - element.clientHeight / 3);
      setViewport({ top: element.scrollTop, height: element.clientHeight });
    },
    [scrollRef, offsets],
  );

  useEffect(() => {
    if (pending.current === null) return;
    const row = scrollRef.current?.querySelector(`[data-row-index="${pending.current}"]`);
    if (!row) return;
    pending.current = null;
    row.scrollIntoView({ block: 'nearest' });
  });

  return { ...range, windowed, scrollToRow };
}
