import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AUTOSAVE_DEBOUNCE_MS, createAutosaver, type SaveResult, type SaveState } from './autosave';

interface Call {
  snapshot: string;
  baseRevision: number | undefined;
  checkpoint: boolean;
  answer: (result: SaveResult) => void;
}

/** An autosaver over a fake store whose answers the test gives by hand, so in-flight saves can be held open. */
function setup(revision = 1) {
  let text = 'v0';
  const calls: Call[] = [];
  const copies: { snapshot: string; answer: (result: SaveResult) => void }[] = [];
  const states: SaveState[] = [];
  const saver = createAutosaver({
    revision,
    take: () => text,
    save: (snapshot, { baseRevision, checkpoint }) =>
      new Promise<SaveResult>((answer) => calls.push({ snapshot, baseRevision, checkpoint, answer })),
    saveCopy: (snapshot) => new Promise<SaveResult>((answer) => copies.push({ snapshot, answer })),
    onState: (state) => states.push(state),
  });
  const type = (next: string) => {
    text = next;
    saver.changed();
  };
  const okAnswer = (call: Call, rev: number) => call.answer({ ok: true, revision: rev, savedAt: `t${rev}` });
  return { saver, calls, copies, states, type, okAnswer };
}

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves the latest text once, after the debounce of the last change', async () => {
    const { calls, type } = setup();
    type('a');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DEBOUNCE_MS - 1);
    type('ab');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DEBOUNCE_MS - 1);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.map((c) => [c.snapshot, c.baseRevision, c.checkpoint])).toEqual([['ab', 1, false]]);
  });

  it('keeps one save in flight and coalesces the changes made meanwhile into one more save', async () => {
    const { calls, type, okAnswer, states } = setup();
    type('a');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DEBOUNCE_MS);
    type('ab');
    type('abc');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DEBOUNCE_MS * 4);
    expect(calls).toHaveLength(1);
    okAnswer(calls[0]!, 2);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DEBOUNCE_MS);
    expect(calls).toHaveLength(2);
    expect(calls[1]).toMatchObject({ snapshot: 'abc', baseRevision: 2 });
    okAnswer(calls[1]!, 3);
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)).toEqual({ kind: 'saved', at: 't3' });
  });

  it('flush saves at once, as a checkpoint when asked, even with nothing changed', async () => {
    const { saver, calls, okAnswer } = setup(4);
    const done = saver.flush({ checkpoint: true });
    expect(calls.map((c) => [c.snapshot, c.baseRevision, c.checkpoint])).toEqual([['v0', 4, true]]);
    okAnswer(calls[0]!, 5);
    await done;
    await saver.flush();
    expect(calls).toHaveLength(1);
  });

  it('a checkpoint asked for during a save is made by the save after it', async () => {
    const { saver, calls, type, okAnswer } = setup();
    type('a');
    const first = saver.flush();
    const second = saver.flush({ checkpoint: true });
    okAnswer(calls[0]!, 2);
    await first;
    await vi.advanceTimersByTimeAsync(0);
    expect(calls[1]).toMatchObject({ checkpoint: true, baseRevision: 2 });
    okAnswer(calls[1]!, 3);
    await second;
  });

  it('after a conflict it stops saving until "keep mine as a copy", which saves the text as a new draft only', async () => {
    const { saver, calls, copies, type, states } = setup(3);
    type('mine');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DEBOUNCE_MS);
    calls[0]!.answer({ ok: false, conflict: true, message: 'saved elsewhere' });
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)).toEqual({ kind: 'conflict', message: 'saved elsewhere' });
    type('mine, more');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DEBOUNCE_MS * 3);
    await saver.flush();
    expect(calls).toHaveLength(1);
    expect(saver.dirty()).toBe(true);
    const kept = saver.keepAsCopy();
    await vi.advanceTimersByTimeAsync(0);
    expect(copies.map((c) => c.snapshot)).toEqual(['mine, more']);
    copies[0]!.answer({ ok: true, revision: 1, savedAt: 'copy-t1' });
    await kept;
    expect(states.at(-1)).toEqual({ kind: 'saved', at: 'copy-t1' });
    expect(saver.dirty()).toBe(false);
    // Nothing is ever written over the draft that changed elsewhere, now or at the next flush.
    await saver.flush();
    expect(calls).toHaveLength(1);
  });

  it('a copy that cannot be saved leaves the conflict open, its message saying why', async () => {
    const { saver, calls, copies, type, states } = setup(3);
    type('mine');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DEBOUNCE_MS);
    calls[0]!.answer({ ok: false, conflict: true, message: 'Changed elsewhere.' });
    await vi.advanceTimersByTimeAsync(0);
    const kept = saver.keepAsCopy();
    await vi.advanceTimersByTimeAsync(0);
    copies[0]!.answer({ ok: false, conflict: false, message: 'disk full' });
    await kept;
    expect(states.at(-1)).toEqual({ kind: 'conflict', message: 'Changed elsewhere. Saving your text as a copy failed: disk full' });
    expect(saver.dirty()).toBe(true);
    // Both ways out still work: a second try saves the copy.
    const again = saver.keepAsCopy();
    await vi.advanceTimersByTimeAsync(0);
    expect(copies).toHaveLength(2);
    copies[1]!.answer({ ok: true, revision: 1, savedAt: 't1' });
    await again;
    expect(saver.dirty()).toBe(false);
  });

  it('a failed save leaves the text unsaved and the next flush retries it', async () => {
    const { saver, calls, type, states, okAnswer } = setup();
    type('a');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DEBOUNCE_MS);
    calls[0]!.answer({ ok: false, conflict: false, message: 'disk full' });
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)).toEqual({ kind: 'failed', message: 'disk full' });
    expect(saver.dirty()).toBe(true);
    const retry = saver.flush();
    expect(calls[1]).toMatchObject({ snapshot: 'a', baseRevision: 1 });
    okAnswer(calls[1]!, 2);
    await retry;
    expect(saver.dirty()).toBe(false);
  });

  it('adopts a newer revision reached by another call as the next base', async () => {
    const { saver, calls, type } = setup(2);
    saver.adopt(3);
    saver.adopt(1);
    type('x');
    void saver.flush();
    expect(calls[0]!.baseRevision).toBe(3);
  });
});
