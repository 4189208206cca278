import { describe, expect, it } from 'vitest';
import { FLUSH_SAVES_GLOBAL } from '../../../shared/api/bridge';
import { exposeFlushAllSaves, flushAllSaves, registerOpenFlush, savesSettled, trackSave } from './pendingSaves';

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

  it('flushAllSaves flushes every open editor and waits for running saves, even when one fails', async () => {
    const running = deferred();
    const opened = deferred();
    trackSave('d2', running.promise);
    const flushed: string[] = [];
    const offA = registerOpenFlush(() => {
      flushed.push('a');
      return opened.promise;
    });
    const offB = registerOpenFlush(async () => {
      flushed.push('b');
      throw new Error('conflict');
    });
    let done = false;
    void flushAllSaves().then(() => (done = true));
    expect(flushed).toEqual(['a', 'b']);
    opened.resolve();
    for (let i = 0; i < 5; i += 1) await Promise.resolve();
    expect(done).toBe(false);
    running.resolve();
    await savesSettled('d2');
    await flushAllSaves();
    expect(done).toBe(true);
    offA();
    offB();
    flushed.length = 0;
    await flushAllSaves();
    expect(flushed).toEqual([]);
  });

  it('puts flushAllSaves where the main process looks for it', () => {
    const scope = {};
    exposeFlushAllSaves(scope);
    expect((scope as Record<string, unknown>)[FLUSH_SAVES_GLOBAL]).toBe(flushAllSaves);
  });
});
