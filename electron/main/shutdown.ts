import type { WebContents } from 'electron';
import { FLUSH_SAVES_GLOBAL } from '../../shared/api/bridge';
import { settlesWithin, type Schedule } from './timers';

/** Longest a closing window waits for the page's draft saves: a hung page must not keep the window open. */
export const FLUSH_PAGE_MS = 3_000;
/** Longest quitting waits for a cancelled import or export to stop between two files. */
export const SETTLE_WORK_MS = 10_000;

// Runs in the page's world: the page answers when its saves have reached the services (over IPC, which is
// why main must wait before closing: once the window is gone, a save still on its way is lost).
const FLUSH_SCRIPT = `typeof globalThis.${FLUSH_SAVES_GLOBAL} === 'function' ? globalThis.${FLUSH_SAVES_GLOBAL}().then(() => true) : true`;

/** Asks the page to save what it has not saved yet; true when it answered within the time. */
export function flushPageSaves(contents: Pick<WebContents, 'executeJavaScript' | 'isDestroyed'> | null, schedule?: Schedule): Promise<boolean> {
  if (!contents || contents.isDestroyed()) return Promise.resolve(true);
  return settlesWithin(contents.executeJavaScript(FLUSH_SCRIPT), FLUSH_PAGE_MS, schedule);
}

export interface ShutdownSteps {
  flushPage: () => Promise<unknown>;
  /** Cancels running imports and batch exports; they stop between files, leaving no partial file. */
  cancelWork: () => void;
  /** Waits (bounded) for the cancelled work to stop. */
  settleWork: () => Promise<unknown>;
  /** Writes what the store still holds and stops the import worker. */
  closeServices: () => Promise<void>;
  quit: () => void;
  onError: (error: unknown) => void;
}

interface Preventable {
  preventDefault(): void;
}

/**
 * Holds the window's close and the app's quit until nothing can be lost: the page's pending draft saves
 * first (while IPC still works), then running imports and exports cancelled and awaited, then the store
 * flushed. Each step is bounded, so a stuck page or disk delays the exit but never prevents it.
 */
export function createShutdown(steps: ShutdownSteps) {
  let pageFlushed = false;
  let closingWindow = false;
  let quitting: 'no' | 'running' | 'done' = 'no';

  return {
    /** The window's 'close': once the page has flushed, the close goes ahead (window.close again). */
    onWindowClose(event: Preventable, close: () => void): void {
      if (pageFlushed) return;
      event.preventDefault();
      if (closingWindow) return;
      closingWindow = true;
      void steps
        .flushPage()
        .catch(steps.onError)
        .finally(() => {
          pageFlushed = true;
          close();
        });
    },

    /** The app's 'before-quit'. */
    onBeforeQuit(event: Preventable): void {
      if (quitting === 'done') return;
      event.preventDefault();
      if (quitting === 'running') return;
      quitting = 'running';
      // A failed step is reported and the next one still runs: above all, the store must get its flush.
      const attempt = async (step: () => unknown) => {
        try {
          await step();
        } catch (error) {
          steps.onError(error);
        }
      };
      const run = async () => {
        if (!pageFlushed) await attempt(steps.flushPage);
        pageFlushed = true;
        await attempt(steps.cancelWork);
        await attempt(steps.settleWork);
        await attempt(steps.closeServices);
      };
      void run().finally(() => {
        quitting = 'done';
        steps.quit();
      });
    },
  };
}
