import { describe, expect, it } from 'vitest';
import { savesSettled, trackSave } from './pendingSaves';

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};

describe('pending saves', () => {
  it('a load waits for every save still running for that draft, and only that draft', async () => {
    const first = deferred();
    const second = deferred();
    trackSave('d1', first.promise);
    trackSave('d1', second.promise);
    let settled = false;
    void savesSettled('d1').then(() => (settled = true));
    await expect(savesSettled('other')).resolves.toBeUndefined();
    first.resolve();
    await Promise.resolve();
    await Promise.resolve();
    expect(settled).toBe(false);
    second.resolve();
    await savesSettled('d1');
    expect(settled).toBe(true);
  });
});
