import { describe, expect, it } from 'vitest';
import { createOpenQueue } from './open-queue';
import { manualClock } from './test-clock';

describe('createOpenQueue', () => {
  it('keeps files that arrive before start and imports them once started', async () => {
    const clock = manualClock();
    const queue = createOpenQueue({ schedule: clock.schedule });
    const imported: string[][] = [];
    queue.add(['/a.txt']);
    queue.add(['/b.txt', '/a.txt']);
    expect(clock.fire()).toBe(0);
    queue.start(async (paths) => void imported.push(paths));
    expect(clock.fire()).toBe(1);
    await queue.idle();
    expect(imported).toEqual([['/a.txt', '/b.txt']]);
  });

  it('gathers files arriving close together into one import, and imports later ones separately', async () => {
    const clock = manualClock();
    const queue = createOpenQueue({ schedule: clock.schedule });
    const imported: string[][] = [];
    queue.start(async (paths) => void imported.push(paths));
    queue.add(['/1.txt']);
    queue.add(['/2.txt']);
    queue.add(['/3.txt']);
    expect(clock.fire()).toBe(1);
    queue.add(['/4.txt']);
    clock.fire();
    await queue.idle();
    expect(imported).toEqual([['/1.txt', '/2.txt', '/3.txt'], ['/4.txt']]);
  });

  it('splits a huge hand-over into bounded imports run one after another, and goes on after a failure', async () => {
    const clock = manualClock();
    const queue = createOpenQueue({ schedule: clock.schedule, maxBatch: 2 });
    const log: string[] = [];
    let active = 0;
    queue.start(async (paths) => {
      active += 1;
      log.push(`start ${paths.join(',')} (${active} running)`);
      await Promise.resolve();
      active -= 1;
      if (paths.includes('/a')) throw new Error('disk gone');
    });
    queue.add(['/a', '/b', '/c', '/d', '/e']);
    while (clock.fire() > 0) await queue.idle();
    expect(log).toEqual(['start /a,/b (1 running)', 'start /c,/d (1 running)', 'start /e (1 running)']);
  });
});
