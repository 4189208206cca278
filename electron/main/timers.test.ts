import { describe, expect, it } from 'vitest';
import { drain, manualClock } from './test-clock';
import { settlesWithin } from './timers';

describe('settlesWithin', () => {
  it('answers true when the work ends in time, even by failing', async () => {
    const clock = manualClock();
    await expect(settlesWithin(Promise.resolve('x'), 100, clock.schedule)).resolves.toBe(true);
    await expect(settlesWithin(Promise.reject(new Error('no')), 100, clock.schedule)).resolves.toBe(true);
    // Its timer is cancelled once it has answered.
    expect(clock.fire()).toBe(0);
  });

  it('answers false when the time runs out first', async () => {
    const clock = manualClock();
    let answer: boolean | null = null;
    void settlesWithin(new Promise(() => {}), 100, clock.schedule).then((a) => (answer = a));
    await drain();
    expect(answer).toBeNull();
    clock.fire();
    await drain();
    expect(answer).toBe(false);
  });
});
