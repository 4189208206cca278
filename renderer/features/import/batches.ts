/** How much one import.files call may carry: small enough to show progress and to cancel between calls. */
export interface BatchLimits {
  maxFiles: number;
  /** Raw bytes (base64 adds a third on the wire, well inside the services' request limit). */
  maxBytes: number;
}

export const DEFAULT_BATCH_LIMITS: BatchLimits = { maxFiles: 20, maxBytes: 8 * 1024 * 1024 };

/**
 * Splits files (by size) into consecutive batches of at most `maxFiles` files and `maxBytes` bytes, keeping
 * their order. A file over `maxBytes` on its own still gets a batch of its own rather than being dropped:
 * whether it is too large is for the import limit to say, with its message.
 */
export function planBatches(sizes: readonly number[], limits: BatchLimits = DEFAULT_BATCH_LIMITS): number[][] {
  const batches: number[][] = [];
  let current: number[] = [];
  let bytes = 0;
  sizes.forEach((size, index) => {
    if (current.length > 0 && (current.length >= limits.maxFiles || bytes + size > limits.maxBytes)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(index);
    bytes += size;
  });
  if (current.length > 0) batches.push(current);
  return batches;
}
