import type { ApiHandlers } from '../../../shared/api/dispatch';
import { openStore, type StoreOptions } from '../store/open-store';
import { defaultPipeline } from './default-pipeline';
import { createDraftsService } from './drafts-service';
import { exportDraft } from './draft-export';
import type { ImportPipeline } from './import-pipeline';
import { createImportsService } from './imports-service';
import { createLibraryService } from './library-service';
import { createServiceEvents, type ServiceEvents } from './service-events';
import { storeStatus } from './status-service';

export interface ServicesOptions {
  dataDir: string;
  /** Folder holding samples/ (resources/ in the repository, process.resourcesPath when packaged). */
  resourcesDir: string;
  now?: () => Date;
  /** Replaces page analysis (tests use a small fake). */
  analyze?: ImportPipeline['analyze'];
  /** Replaces any other import step (tests). */
  pipeline?: Partial<ImportPipeline>;
  /** Store options for tests (an injected failing disk). */
  store?: Omit<StoreOptions, 'now'>;
  /** Where listener and first-start problems are reported; they never stop the services. */
  log?: (message: string, error: unknown) => void;
}

export interface Services {
  handlers: ApiHandlers;
  events: ServiceEvents;
  /** Waits for every pending write: call before the process exits. */
  close: () => Promise<void>;
}

/**
 * The composition root of the services: opens the store, builds each service, and maps every contract
 * method to one of them, one line each. Knows nothing of Electron or HTTP; IPC, the browser twin and the CLI
 * all call these handlers through `dispatch`.
 */
export async function createServices(options: ServicesOptions): Promise<Services> {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((message, error) => console.error(`[copydesk] ${message}`, error));
  const pipeline: ImportPipeline = { ...defaultPipeline, ...options.pipeline, ...(options.analyze ? { analyze: options.analyze } : {}) };
  const store = await openStore(options.dataDir, { ...options.store, now });
  const events = createServiceEvents((error) => log('an event listener failed', error));
  const library = createLibraryService(store);
  const drafts = createDraftsService(store, now);
  const imports = createImportsService(store, pipeline, events, options.resourcesDir, now);

  const handlers: ApiHandlers = {
    'store.status': () => storeStatus(store),
    'library.list': (input) => library.list(input),
    'copies.get': ({ id }) => library.copy(id),
    'stories.get': ({ id }) => library.story(id),
    'drafts.list': () => drafts.list(),
    'drafts.get': ({ id }) => drafts.get(id),
    'drafts.save': (input) => drafts.save(input),
    'drafts.revisions': ({ id }) => drafts.revisions(id),
    'drafts.delete': ({ id }) => drafts.delete(id),
    'import.text': (input) => imports.text(input),
    'import.files': (input) => imports.files(input),
    'import.sample': () => imports.sample(),
    'export.draft': ({ id, format }) => exportDraft(drafts.get(id), format),
    'settings.get': () => store.meta.settings(),
    'settings.update': (patch) => store.meta.updateSettings(Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined))),
  };

  // First start: a new user should see a story, not an empty window. Recorded so it happens only once.
  if (!store.meta.seededSample && store.health.writable) {
    try {
      await imports.sample();
      await store.meta.markSeeded();
    } catch (error) {
      log('could not import the sample on first start', error);
    }
  }

  return { handlers, events, close: () => store.flush() };
}
