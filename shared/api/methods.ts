/**
 * The names of every API method, with no schema library attached, so the preload bundle can expose exactly
 * these and nothing else without pulling in validation code. contract.ts is checked against this list.
 */
export const API_METHODS = [
  'store.status',
  'library.list',
  'copies.get',
  'stories.get',
  'drafts.list',
  'drafts.get',
  'drafts.save',
  'drafts.revisions',
  'drafts.fromStory',
  'drafts.restore',
  'drafts.setStatus',
  'drafts.delete',
  'import.text',
  'import.files',
  'import.sample',
  'import.preview',
  'import.pick',
  'import.cancel',
  'copies.restoreRemoved',
  'copies.delete',
  'stories.move',
  'stories.split',
  'stories.join',
  'app.info',
  'export.draft',
  'export.check',
  'export.fix',
  'export.write',
  'export.batch',
  'export.cancel',
  'export.pickTarget',
  'settings.get',
  'settings.update',
] as const;

export type ApiMethod = (typeof API_METHODS)[number];

export const isApiMethod = (name: unknown): name is ApiMethod =>
  typeof name === 'string' && (API_METHODS as readonly string[]).includes(name);

/** IPC channel for a method: one channel per method, so main can refuse anything else by name. */
export const ipcChannel = (method: ApiMethod): string => `copydesk:${method}`;

/** Events the services push to the UI (payload schemas in events.ts). */
export const API_EVENTS = ['library.changed', 'command', 'import.progress', 'import.opened', 'export.progress'] as const;

export type ApiEvent = (typeof API_EVENTS)[number];

export const isApiEvent = (name: unknown): name is ApiEvent =>
  typeof name === 'string' && (API_EVENTS as readonly string[]).includes(name);

export const ipcEventChannel = (event: ApiEvent): string => `copydesk-event:${event}`;
