import type { AppInfo } from '../../../shared/api/contract';
import type { ApiHandlers } from '../../../shared/api/dispatch';
import { nodeWriteOps, type WriteOps } from '../store/atomic-write';
import { openStore, type StoreOptions } from '../store/open-store';
import { SerialQueue } from '../store/serial-queue';
import { appInfo, defaultExportDir } from './app-info';
import { CopyCommitter } from './copy-committer';
import { createCopiesService } from './copies-service';
import { createDefaultPipeline } from './default-pipeline';
import { createDraftsService } from './drafts-service';
import { createExportFix } from './export-fix';
import { createExportService } from './export-service';
import type { PickExportTarget } from './export-targets';
import type { ImportPipeline } from './import-pipeline';
import { createImportsService, type PickPaths } from './imports-service';
import { createLibraryService } from './library-service';
import { createRegroupService } from './regroup-service';
import { createServiceEvents, type ServiceEvents } from './service-events';
import { storeStatus } from './status-service';
import { watchOtherWriters } from './other-writers';

export interface ServicesOptions {
  dataDir: string;
  /** Folder holding samples/ (resources/ in the repository, process.resourcesPath when packaged). */
  resourcesDir: string;
  /** Which shell is serving (reported by app.info). */
  shell: AppInfo['shell'];
  now?: () => Date;
  /** The OS file dialog (Electron only): enables import.pick. */
  pickPaths?: PickPaths;
  /** The OS save and folder dialogs (Electron only): enable export.pickTarget, and limit exports to what they chose. */
  pickExportTarget?: PickExportTarget;
  /** Where export dialogs start (AppInfo.exportDir); the user's Documents (else home) when absent. */
  exportDir?: string;
  /** Replaces the export writer's file system calls: tests inject a full or read-only disk. */
  exportOps?: WriteOps;
  /** Longest one file may take to read and analyse before it is reported as too slow. */
  fileTimeLimitMs?: number;
  /** Replaces the import steps (tests use small fakes). */
  pipeline?: ImportPipeline;
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
  const store = await openStore(options.dataDir, { ...options.store, now });
  const pipeline = options.pipeline ?? createDefaultPipeline(options.fileTimeLimitMs);
  const events = createServiceEvents((error) => log('an event listener failed', error));
  const library = createLibraryService(store);
  // Imports, deletions and regrouping change copies and stories together: one queue keeps them in turn.
  const queue = new SerialQueue();
  const committer = new CopyCommitter(store, pipeline, queue, now);
  const imports = createImportsService({ store, pipeline, committer, events, resourcesDir: options.resourcesDir, now, pickPaths: options.pickPaths });
  const copies = createCopiesService({ store, committer, queue, events, now });
  const regroup = createRegroupService({ store, queue, events, now, story: (id) => library.story(id) });
  const drafts = createDraftsService({ store, events, now, story: (id) => library.story(id), shell: options.shell });
  const exportDir = options.exportDir ?? defaultExportDir();
  const exporting = createExportService({ store, drafts, events, now, exportDir, pickTarget: options.pickExportTarget, ops: options.exportOps ?? nodeWriteOps });
  const fixForExport = createExportFix({ store, drafts, events });

  const handlers: ApiHandlers = {
    'store.status': () => storeStatus(store),
    'library.list': (input) => library.list(input),
    'copies.get': ({ id }) => library.copy(id),
    'stories.get': ({ id }) => library.story(id),
    'drafts.list': () => drafts.list(),
    'drafts.get': ({ id }) => drafts.get(id),
    'drafts.save': (input) => drafts.save(input),
    'drafts.revisions': ({ id }) => drafts.revisions(id),
    'drafts.fromStory': ({ storyId, policy }) => drafts.fromStory(storyId, policy),
    'drafts.restore': ({ id, revision }) => drafts.restore(id, revision),
    'drafts.setStatus': ({ id, status }) => drafts.setStatus(id, status),
    'drafts.delete': ({ id }) => drafts.delete(id),
    'import.text': (input) => imports.text(input),
    'import.files': (input) => imports.files(input),
    'import.sample': () => imports.sample(),
    'import.preview': (input) => imports.preview(input),
    'import.pick': (input) => imports.pick(input),
    'import.cancel': () => imports.cancel(),
    'copies.restoreRemoved': (input) => copies.restoreRemoved(input),
    'copies.delete': (input) => copies.delete(input),
    'stories.move': (input) => regroup.move(input),
    'stories.split': (input) => regroup.split(input),
    'stories.join': (input) => regroup.join(input),
    'app.info': () => appInfo(options.shell, options.pickPaths !== undefined, exportDir),
    'export.draft': ({ id, format, credits }) => exporting.draft(id, format, credits),
    'export.check': ({ id }) => exporting.check(id),
    'export.fix': (input) => fixForExport(input),
    'export.write': (input) => exporting.write(input),
    'export.batch': (input) => exporting.batch(input),
    'export.cancel': () => exporting.cancel(),
    'export.pickTarget': (input) => exporting.pickTarget(input),
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

  const otherWriters = watchOtherWriters(store, events);
  const close = async () => {
    otherWriters.stop();
    await Promise.all([store.flush(), pipeline.close()]);
  };
  return { handlers: otherWriters.wrap(handlers), events, close };
}
