import { describe, expect, it } from 'vitest';
import type { ApiHandlers } from '../../shared/api/dispatch';
import { trackInFlight } from './in-flight';
import { drain, manualClock } from './test-clock';

describe('trackInFlight', () => {
  it('passes calls and answers through, counting the ones still running', async () => {
    let finish: (() => void) | null = null;
    const handlers = {
      'import.pick': () => new Promise((resolve) => (finish = () => resolve({ imported: [] }))),
      'import.cancel': () => ({ cancelled: true }),
      'export.cancel': async () => {
        throw new Error('refused');
      },
    } as unknown as ApiHandlers;
    const clock = manualClock();
    const tracked = trackInFlight(handlers, clock.schedule);
    const pick = tracked.handlers['import.pick']({ kind: 'files' });
    // Called at once, not after a tick: files handed over by the OS rely on it (handed-paths.ts).
    expect(finish).not.toBeNull();
    expect(tracked.handlers['import.cancel']({})).toEqual({ cancelled: true });
    await expect(tracked.handlers['export.cancel']({})).rejects.toThrow('refused');
    expect(tracked.count()).toBe(1);

    let settled: boolean | null = null;
    void tracked.settled(1_000).then((s) => (settled = s));
    await drain();
    expect(settled).toBeNull();
    finish!();
    await expect(pick).resolves.toEqual({ imported: [] });
    await drain();
    expect(settled).toBe(true);
    expect(tracked.count()).toBe(0);
  });

  it('gives up waiting after the time given', async () => {
    const handlers = { 'import.pick': () => new Promise(() => {}) } as unknown as ApiHandlers;
    const clock = manualClock();
    const tracked = trackInFlight(handlers, clock.schedule);
    void tracked.handlers['import.pick']({ kind: 'files' });
    const settled = tracked.settled(1_000);
    clock.fire();
    await expect(settled).resolves.toBe(false);
  });
});
