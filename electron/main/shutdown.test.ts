import { describe, expect, it, vi } from 'vitest';
import { FLUSH_SAVES_GLOBAL } from '../../shared/api/bridge';
import { createShutdown, flushPageSaves, type ShutdownSteps } from './shutdown';
import { drain, manualClock } from './test-clock';

function steps(overrides: Partial<ShutdownSteps> = {}) {
  const log: string[] = [];
  const all: ShutdownSteps = {
    flushPage: async () => void log.push('flush page'),
    cancelWork: () => void log.push('cancel work'),
    settleWork: async () => void log.push('settle work'),
    closeServices: async () => void log.push('close services'),
    quit: () => void log.push('quit'),
    onError: (error) => void log.push(`error ${(error as Error).message}`),
    ...overrides,
  };
  return { all, log };
}
const event = () => ({ preventDefault: vi.fn() });

describe('createShutdown', () => {
  it('holds the quit until the page flushed, work stopped and the store closed, in that order, then lets it through', async () => {
    const { all, log } = steps();
    const shutdown = createShutdown(all);
    const first = event();
    shutdown.onBeforeQuit(first);
    expect(first.preventDefault).toHaveBeenCalled();
    // A second quit request meanwhile (Cmd+Q twice) neither goes through nor starts another run.
    const again = event();
    shutdown.onBeforeQuit(again);
    expect(again.preventDefault).toHaveBeenCalled();
    await drain();
    expect(log).toEqual(['flush page', 'cancel work', 'settle work', 'close services', 'quit']);
    const last = event();
    shutdown.onBeforeQuit(last);
    expect(last.preventDefault).not.toHaveBeenCalled();
    // The windows closing during the real quit are not held again.
    const close = event();
    shutdown.onWindowClose(close, () => log.push('close window'));
    expect(close.preventDefault).not.toHaveBeenCalled();
  });

  it('holds the window close until the page flushed, then closes it, and quitting does not flush again', async () => {
    const { all, log } = steps();
    const shutdown = createShutdown(all);
    const close = event();
    shutdown.onWindowClose(close, () => log.push('close window'));
    expect(close.preventDefault).toHaveBeenCalled();
    shutdown.onWindowClose(event(), () => log.push('close window'));
    await drain();
    expect(log).toEqual(['flush page', 'close window']);
    shutdown.onWindowClose(close, () => log.push('close window'));
    shutdown.onBeforeQuit(event());
    await drain();
    expect(log).toEqual(['flush page', 'close window', 'cancel work', 'settle work', 'close services', 'quit']);
  });

  it('reports a failed step and still runs the next ones: the store is flushed and the app quits', async () => {
    const { all, log } = steps({
      flushPage: async () => {
        throw new Error('page gone');
      },
      cancelWork: () => {
        throw new Error('cancel refused');
      },
      closeServices: async () => {
        throw new Error('disk gone');
      },
    });
    all.settleWork = async () => void log.push('settle work');
    createShutdown(all).onBeforeQuit(event());
    await drain();
    expect(log).toEqual(['error page gone', 'error cancel refused', 'settle work', 'error disk gone', 'quit']);
  });
});

describe('flushPageSaves', () => {
  it('the script calls the flush where the page put it, and copes with a page that has none', async () => {
    const executeJavaScript = vi.fn(async () => true);
    await flushPageSaves({ executeJavaScript, isDestroyed: () => false });
    const [script] = executeJavaScript.mock.calls[0] as unknown as [string];
    const flush = vi.fn(async () => {});
    const scope = globalThis as unknown as Record<string, unknown>;
    await expect(Promise.resolve((0, eval)(script))).resolves.toBe(true);
    scope[FLUSH_SAVES_GLOBAL] = flush;
    try {
      await expect(Promise.resolve((0, eval)(script))).resolves.toBe(true);
      expect(flush).toHaveBeenCalledTimes(1);
    } finally {
      delete scope[FLUSH_SAVES_GLOBAL];
    }
  });

  it('gives up on a page that does not answer, and skips a window already gone', async () => {
    const clock = manualClock();
    const hung = flushPageSaves({ executeJavaScript: () => new Promise(() => {}), isDestroyed: () => false }, clock.schedule);
    clock.fire();
    await expect(hung).resolves.toBe(false);
    const never = vi.fn();
    await expect(flushPageSaves({ executeJavaScript: never, isDestroyed: () => true })).resolves.toBe(true);
    await expect(flushPageSaves(null)).resolves.toBe(true);
    expect(never).not.toHaveBeenCalled();
  });
});
