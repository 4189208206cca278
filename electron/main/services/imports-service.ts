import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { ApiFailure } from '../../../shared/api/errors';
import type { ImportReport } from '../../../shared/api/contract';
import type { PageAnalysis } from '../../../shared/domain/model';
import { expandPicked } from '../ingest/picked-files';
import { readFileBytes } from '../ingest/read-file';
import type { Store } from '../store/open-store';
import type { CopyCommitter } from './copy-committer';
import { runBatch, type BatchControl, type BatchFile } from './import-batch';
import type { ImportPipeline } from './import-pipeline';
import type { ServiceEvents } from './service-events';
import { bytesFromBase64, tooLarge } from './upload-bytes';

/** The native file dialog, when the shell has one: absolute paths, or null when the user cancelled. */
export type PickPaths = (kind: 'files' | 'folder') => Promise<string[] | null>;

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
const EMPTY_REPORT: ImportReport = { imported: [], duplicates: [], failed: [], cancelled: false, skipped: 0 };

/**
 * import.text, import.files, import.pick, import.sample and import.preview: every source goes through the
 * same batch (read and analyse in the worker, check duplicates, group, commit); import.cancel stops the
 * running batches between two files.
 */
export function createImportsService(deps: {
  store: Store;
  pipeline: ImportPipeline;
  committer: CopyCommitter;
  events: ServiceEvents;
  resourcesDir: string;
  now: () => Date;
  pickPaths?: PickPaths;
}) {
  const { store, pipeline, committer, events, resourcesDir, now, pickPaths } = deps;
  const running = new Set<BatchControl>();
  const limit = () => store.meta.settings().maxImportBytes;

  async function importFiles(files: readonly BatchFile[]): Promise<ImportReport> {
    const control: BatchControl = { cancelled: false };
    running.add(control);
    try {
      return await runBatch(files, { pipeline, committer, events, control, options: { maxBytes: limit(), importedAt: now().toISOString() } });
    } finally {
      running.delete(control);
    }
  }

  /** Pasted text as a file called after its source; over the limit it is refused before anything else. */
  const pasted = (input: { text: string; source?: string }): BatchFile => {
    const source = input.source?.trim() || 'clipboard';
    const bytes = Buffer.from(input.text, 'utf8');
    if (bytes.byteLength > limit()) throw tooLarge(source, bytes.byteLength, limit());
    return { source, bytes: () => new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
  };

  return {
    text: (input: { text: string; source?: string }): Promise<ImportReport> => importFiles([pasted(input)]),

    files(input: { files: { name: string; dataBase64: string }[] }): Promise<ImportReport> {
      return importFiles(
        input.files.map((f) => {
          // A path from the sender's machine is neither kept nor repeated in messages: only the file's own name.
          const source = path.posix.basename(f.name.replace(/\\/g, '/')) || 'unnamed file';
          return { source, bytes: () => bytesFromBase64(source, f.dataBase64, limit()) };
        }),
      );
    },

    async pick(input: { kind: 'files' | 'folder' }): Promise<ImportReport> {
      if (!pickPaths) throw new ApiFailure('unavailable', 'This version of Copydesk cannot open the file dialog itself: choose files in the browser instead.');
      const paths = await pickPaths(input.kind);
      if (paths === null || paths.length === 0) return { ...EMPTY_REPORT, cancelled: true };
      const { files, skipped } = await expandPicked(paths);
      const report = await importFiles(files.map((f) => ({ source: f.label, bytes: () => readFileBytes(f.path, limit(), f.label) })));
      return { ...report, skipped };
    },

    cancel(): { cancelled: boolean } {
      for (const control of running) control.cancelled = true;
      return { cancelled: running.size > 0 };
    },

    async preview(input: { text: string; source?: string }): Promise<PageAnalysis> {
      const file = pasted(input);
      try {
        const { analysis } = await pipeline.read({ name: file.source, bytes: await file.bytes() }, { maxBytes: limit(), importedAt: now().toISOString() });
        return analysis;
      } catch (error) {
        throw new ApiFailure('unreadable', messageOf(error), { file: file.source });
      }
    },

    async sample(): Promise<ImportReport> {
      const folder = path.join(resourcesDir, 'samples');
      const names = await readdir(folder).catch((error: unknown) => {
        throw new ApiFailure('not-found', `The sample folder ${folder} cannot be read: ${messageOf(error)}`);
      });
      return importFiles(names.sort().map((name) => ({ source: `sample:${name}`, bytes: () => readFileBytes(path.join(folder, name), limit(), `sample:${name}`) })));
    },
  };
}
