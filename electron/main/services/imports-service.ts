import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { ApiFailure } from '../../../shared/api/errors';
import type { ImportReport } from '../../../shared/api/contract';
import { readTextFile } from '../ingest/read-file';
import type { Store } from '../store/open-store';
import { CopyCommitter, type AnalyzedPage } from './copy-committer';
import { formatOfName } from './import-format';
import type { ImportPipeline } from './import-pipeline';
import type { ServiceEvents } from './service-events';
import { bytesFromBase64, tooLarge } from './upload-bytes';

/** A page to import, before analysis: named, decoded, size-checked. */
interface PageSource {
  source: string;
  format: string;
  /** Throws with a message naming the file when it cannot be read. */
  text: () => string | Promise<string>;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * import.text, import.files and import.sample: each file is decoded and analysed on its own, so one bad file
 * ends up in `failed` with its reason and the rest of the batch goes on; then all new copies are committed in
 * one store write.
 */
export function createImportsService(store: Store, pipeline: ImportPipeline, events: ServiceEvents, resourcesDir: string, now: () => Date) {
  const committer = new CopyCommitter(store, pipeline, now);

  async function importPages(sources: readonly PageSource[]): Promise<ImportReport> {
    const importedAt = now().toISOString();
    const pages: AnalyzedPage[] = [];
    const failed: ImportReport['failed'] = [];
    for (const [done, source] of sources.entries()) {
      events.emit('import.progress', { done, total: sources.length, current: source.source });
      try {
        const analysis = await pipeline.analyze(await source.text(), { source: source.source, importedAt });
        if (analysis.articles.length === 0) failed.push({ source: source.source, message: `No article was found in ${source.source}.` });
        else pages.push({ source: source.source, format: source.format, analysis });
      } catch (error) {
        failed.push({ source: source.source, message: messageOf(error) });
      }
    }
    events.emit('import.progress', { done: sources.length, total: sources.length, current: '' });
    const { imported, duplicates } = await committer.commit(pages, importedAt);
    if (imported.length > 0) events.emit('library.changed', { reason: 'import' });
    return { imported, duplicates, failed };
  }

  const fileSource = (name: string, bytes: () => Uint8Array | Promise<Uint8Array>): PageSource => ({
    source: name,
    format: formatOfName(name),
    text: async () => pipeline.decode(await bytes(), name),
  });

  return {
    text(input: { text: string; source?: string }): Promise<ImportReport> {
      const limit = store.meta.settings().maxImportBytes;
      const size = Buffer.byteLength(input.text, 'utf8');
      const source = input.source?.trim() || 'clipboard';
      if (size > limit) throw tooLarge(source, size, limit);
      return importPages([{ source, format: 'text', text: () => input.text }]);
    },

    files(input: { files: { name: string; dataBase64: string }[] }): Promise<ImportReport> {
      const limit = store.meta.settings().maxImportBytes;
      return importPages(
        input.files.map((f) => {
          // A path from the sender's machine is neither kept nor repeated in messages: only the file's own name.
          const name = path.posix.basename(f.name.replace(/\\/g, '/')) || 'unnamed file';
          return fileSource(name, () => bytesFromBase64(name, f.dataBase64, limit));
        }),
      );
    },

    async sample(): Promise<ImportReport> {
      const folder = path.join(resourcesDir, 'samples');
      const names = await readdir(folder).catch((error: unknown) => {
        throw new ApiFailure('not-found', `The sample folder ${folder} cannot be read: ${messageOf(error)}`);
      });
      const limit = store.meta.settings().maxImportBytes;
      return importPages(
        names.sort().map((name) => ({
          source: `sample:${name}`,
          format: formatOfName(name),
          text: async () => (await readTextFile(path.join(folder, name), limit)).text,
        })),
      );
    },
  };
}
