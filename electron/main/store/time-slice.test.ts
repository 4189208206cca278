import { describe, expect, it } from 'vitest';
import { timeSlicer } from './time-slice';

/** Whether a turn of the event loop ran while `step` was awaited (an immediate queued before it ran). */
async function yielded(step: () => Promise<void>): Promise<boolean> {
  let ran = false;
  const immediate = setImmediate(() => (ran = true));
  await step();
  clearImmediate(immediate);
  return ran;
}

describe('timeSlicer', () => {
  it('lets the event loop run once its slice is used up', async () => {
    expect(await yielded(timeSlicer(0))).toBe(true);
  });

  it('does not yield within a slice', async () => {
    const slice = timeSlicer(60_000);
    expect(await yielded(slice)).toBe(false);
    expect(await yielded(slice)).toBe(false);
  });
});
