import path from 'node:path';
import type { ImportReport } from '../../shared/api/contract';
import type { ApiHandlers } from '../../shared/api/dispatch';
import type { handOverPaths } from './handed-paths';
import type { OpenHandler } from './open-queue';
import type { ServiceEvents } from './services';

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Imports a batch of files the OS handed over and tells the page, which shows it like an import it started
 * (import.opened). Waits for the page first, so a launch with files shows their report.
 */
export function importOpenedFiles(deps: {
  handOver: Pick<ReturnType<typeof handOverPaths>, 'importPaths'>;
  pick: ApiHandlers['import.pick'];
  events: Pick<ServiceEvents, 'emit'>;
  pageReady: () => Promise<void>;
}): OpenHandler {
  return async (paths) => {
    await deps.pageReady();
    deps.events.emit('import.opened', { phase: 'started' });
    let report: ImportReport;
    try {
      report = await deps.handOver.importPaths(paths, deps.pick);
    } catch (error) {
      // The page is showing a running import: it must end with a report naming the files, not hang.
      const message = messageOf(error);
      report = { imported: [], duplicates: [], failed: paths.map((file) => ({ source: path.basename(file), message })), cancelled: false, skipped: 0 };
    }
    deps.events.emit('import.opened', { phase: 'finished', report });
  };
}
