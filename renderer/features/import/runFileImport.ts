import type { ApiInput, ImportReport } from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/errors';
import { overLimit } from '../../../shared/domain/import-limit';
import { encodeBase64, type Pause } from './base64';
import { DEFAULT_BATCH_LIMITS, planBatches, type BatchLimits } from './batches';
import { emptyReport, mergeReports } from './importReport';

export type UploadFile = ApiInput<'import.files'>['files'][number];

/** What the runner needs of a browser File (and what tests fake). */
export interface PickedFile {
  /** The name to report: a folder-relative path for folder imports. */
  name: string;
  size: number;
  arrayBuffer: () => Promise<ArrayBuffer>;
}

export interface ImportProgress {
  done: number;
  total: number;
  current: string;
}

export interface FileImportDeps {
  send: (files: UploadFile[]) => Promise<ApiResult<ImportReport>>;
  onProgress: (progress: ImportProgress) => void;
  isCancelled: () => boolean;
  pause: Pause;
  /** The store's import limit, checked here too so an oversized file is never read into memory or sent. */
  maxFileBytes: number | null;
  limits?: BatchLimits;
}

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Sends picked or dropped files to import.files a batch at a time: each file is read and base64-encoded with
 * pauses so the window stays responsive, and Cancel is honoured between batches (a batch already sent
 * finishes: the services commit it as a whole). A file that cannot be read, or a batch the services refuse,
 * becomes `failed` entries naming the files, and the rest carries on.
 */
export async function runFileImport(files: readonly PickedFile[], deps: FileImportDeps): Promise<ImportReport> {
  const total = files.length;
  let report = emptyReport();
  for (const batch of planBatches(files.map((f) => f.size), deps.limits ?? DEFAULT_BATCH_LIMITS)) {
    if (deps.isCancelled()) return { ...report, cancelled: true };
    const start = batch[0] ?? 0;
    const upload: UploadFile[] = [];
    const failed: ImportReport['failed'] = [];
    for (const index of batch) {
      const file = files[index]!;
      deps.onProgress({ done: start, total, current: file.name });
      if (deps.maxFileBytes !== null && file.size > deps.maxFileBytes) {
        failed.push({ source: file.name, message: `${file.name}: ${overLimit(file.size, deps.maxFileBytes)}` });
        continue;
      }
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        upload.push({ name: file.name, dataBase64: await encodeBase64(bytes, deps.pause) });
      } catch (error) {
        failed.push({ source: file.name, message: `${file.name} could not be read: ${reasonOf(error)}` });
      }
      await deps.pause();
    }
    report = mergeReports(report, { ...emptyReport(), failed });
    if (upload.length > 0) {
      const result = await deps.send(upload);
      report = mergeReports(
        report,
        result.ok ? result.value : { ...emptyReport(), failed: upload.map((f) => ({ source: f.name, message: result.error.message })) },
      );
    }
    deps.onProgress({ done: start + batch.length, total, current: '' });
  }
  return report;
}
