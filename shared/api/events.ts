import { z } from 'zod';
import { ImportReport } from './contract';
import type { ApiEvent } from './methods';

/**
 * Events the services push to the UI, the other half of the contract. The preload exposes them as
 * `copydesk.on(event, listener)`; the browser twin streams them as server-sent events from EVENTS_PATH.
 */
export const AppCommand = z.enum([
  'focus-search',
  'import-files',
  'import-clipboard',
  'load-sample',
  'show-copy',
  'show-compare',
  'show-merge',
  'toggle-inspector',
  'save-draft',
  'export',
  'export-many',
  'show-shortcuts',
  'show-preferences',
]);
export type AppCommand = z.infer<typeof AppCommand>;

export const events = {
  /** Something stored changed (import, regroup, draft saved elsewhere): lists should reload. */
  'library.changed': z.object({ reason: z.string() }),
  /** A menu item or accelerator handled by the UI. */
  command: z.object({ command: AppCommand }),
  /** Progress of a long import; `done === total` ends it. */
  'import.progress': z.object({ done: z.number().int(), total: z.number().int(), current: z.string() }),
  /**
   * Electron: files the OS handed over (command line, "Open with", the dock icon, a second launch) are being
   * imported by main, not at the page's request: the page shows the import as its own (progress, cancel, report).
   */
  'import.opened': z.discriminatedUnion('phase', [z.object({ phase: z.literal('started') }), z.object({ phase: z.literal('finished'), report: ImportReport })]),
  /** Progress of export.batch in files; `done === total` ends it. */
  'export.progress': z.object({ done: z.number().int(), total: z.number().int(), current: z.string() }),
} as const satisfies Record<ApiEvent, z.ZodType>;

export type ApiEventPayload<E extends ApiEvent> = z.infer<(typeof events)[E]>;
export const EVENTS_PATH = '/events';

export type Unsubscribe = () => void;
export type EventSubscriber = <E extends ApiEvent>(event: E, listener: (payload: ApiEventPayload<E>) => void) => Unsubscribe;
