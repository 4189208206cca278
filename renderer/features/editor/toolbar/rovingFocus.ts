/**
 * The WAI-ARIA toolbar pattern's keys: the toolbar is one Tab stop and ←/→ (wrapping), Home and End move
 * between its buttons. Returns the index to focus, or null for a key the toolbar leaves alone.
 */
export function rovingTarget(key: string, index: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowRight':
      return (index + 1) % count;
    case 'ArrowLeft':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
