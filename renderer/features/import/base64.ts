/** Resolves when the UI thread may carry on; lets long encodings give the browser a chance to paint. */
export type Pause = () => Promise<void>;

const noPause: Pause = () => Promise.resolve();

/**
 * Input bytes per btoa call. A multiple of 3, so every chunk but the last encodes without padding and the
 * pieces simply concatenate; small enough (96 KB, about a millisecond) that a pause between chunks keeps
 * any stretch of work far below the 100 ms a long task is counted from.
 */
export const BASE64_CHUNK_BYTES = 3 * 32 * 1024;

/** String.fromCharCode takes its arguments on the stack: spread at most this many at once. */
const SPREAD_LIMIT = 8 * 1024;

function binaryString(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += SPREAD_LIMIT) out += String.fromCharCode(...bytes.subarray(i, i + SPREAD_LIMIT));
  return out;
}

/** Base64 of `bytes`, encoded a chunk at a time with `pause` awaited between chunks. */
export async function encodeBase64(bytes: Uint8Array, pause: Pause = noPause, chunkBytes = BASE64_CHUNK_BYTES): Promise<string> {
  if (chunkBytes <= 0 || chunkBytes % 3 !== 0) throw new RangeError(`encodeBase64 needs a positive chunk size divisible by 3, not ${chunkBytes}.`);
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += chunkBytes) {
    if (start > 0) await pause();
    parts.push(btoa(binaryString(bytes.subarray(start, start + chunkBytes))));
  }
  return parts.join('');
}

/**
 * A pause that only yields once `budgetMs` of work has passed since the last yield: yielding after every
 * small file would cost a timer tick (≥ 4 ms in browsers) each, which adds up over a thousand files.
 */
export function budgetedPause(budgetMs: number, now: () => number = () => performance.now(), yieldOnce: Pause = macrotask): Pause {
  let since = now();
  return async () => {
    if (now() - since < budgetMs) return;
    await yieldOnce();
    since = now();
  };
}

/** A macrotask boundary: the browser handles input and paints before the continuation runs. */
function macrotask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
