import { describe, expect, it } from 'vitest';
import { budgetedPause, encodeBase64 } from './base64';

const bytesOf = (length: number): Uint8Array => Uint8Array.from({ length }, (_, i) => (i * 7919 + 13) % 256);

describe('encodeBase64', () => {
  it('matches a reference encoder at every length around the chunk boundaries', async () => {
    for (const length of [0, 1, 2, 3, 4, 5, 6, 7, 299, 300, 301, 302, 303, 9000]) {
      const bytes = bytesOf(length);
      expect(await encodeBase64(bytes, undefined, 6)).toBe(Buffer.from(bytes).toString('base64'));
      expect(await encodeBase64(bytes, undefined, 300)).toBe(Buffer.from(bytes).toString('base64'));
    }
  });

  it('handles files larger than the spread limit with the default chunk size', async () => {
    const bytes = bytesOf(250_000);
    expect(await encodeBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });

  it('pauses between chunks, not before the first', async () => {
    let pauses = 0;
    await encodeBase64(bytesOf(10), async () => void pauses++, 3);
    expect(pauses).toBe(3);
    pauses = 0;
    await encodeBase64(bytesOf(3), async () => void pauses++, 3);
    expect(pauses).toBe(0);
  });

  it('refuses a chunk size that would put padding inside the output', async () => {
    await expect(encodeBase64(bytesOf(10), undefined, 4)).rejects.toThrow(/divisible by 3/);
  });
});

describe('budgetedPause', () => {
  it('yields only once the budget of work has been used', async () => {
    let clock = 0;
    let yields = 0;
    const pause = budgetedPause(30, () => clock, async () => void yields++);
    clock = 10;
    await pause();
    expect(yields).toBe(0);
    clock = 31;
    await pause();
    expect(yields).toBe(1);
    clock = 50;
    await pause();
    expect(yields).toBe(1);
    clock = 62;
    await pause();
    expect(yields).toBe(2);
  });
});
