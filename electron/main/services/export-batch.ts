import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { ApiFailure } from '../../../shared/api/errors';
import type { ExportBatchInput, ExportBatchReport } from '../../../shared/api/contract';
import type { Draft, ExportFormat, ExportRecord } from '../../../shared/domain/model';
import type { WriteOps } from '../store/atomic-write';
import { summarize } from '../store/draft-repository';
import type { Store } from '../store/open-store';
import { removeStaleTemps } from '../store/stale-temps';
import { checkDraft, renderDraft, type DraftExportContext } from './draft-export';
import { recordExports } from './export-history';
import { notReviewed } from './export-review';
import { writeExportFile } from './export-write';
import type { BatchControl } from './import-batch';
import type { ServiceEvents } from './service-events';

export type ExportBatchRequest = z.output<typeof ExportBatchInput>;

export interface ExportBatchDeps {
  store: Store;
  /** drafts.fromStory with the default policy, for a story that has no draft yet. */
  fromStory: (storyId: string) => Promise<Draft>;
  events: ServiceEvents;
  control: BatchControl;
  /** The exporters' context for one draft (house style, time, sources' headlines, credits). */
  context: () => DraftExportContext;
  now: () => Date;
  ops: WriteOps;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Lets the services answer other calls (autosaves, cancel) between two drafts of a long batch. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The folder must exist before anything is written: a typo must not scatter files or create folders. */
async function checkFolder(folder: string): Promise<void> {
  let isFolder: boolean;
  try {
    isFolder = (await stat(folder)).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : code === 'EACCES' || code === 'EPERM' ? 'cannot be opened (no permission)' : `cannot be read (${messageOf(error)})`;
    throw new ApiFailure('write-failed', `The export folder ${folder} ${why}; nothing was written.`, { path: folder });
  }
  if (!isFolder) throw new ApiFailure('write-failed', `${folder} is not a folder; nothing was written.`, { path: folder });
}

/** The drafts to export, in the order asked, each once: a story stands for its most recently updated draft. */
async function draftsToExport(request: ExportBatchRequest, deps: ExportBatchDeps, report: ExportBatchReport): Promise<Draft[]> {
  const { store } = deps;
  const chosen = new Map<string, Draft>();
  for (const id of request.drafts) {
    const draft = await store.drafts.get(id);
    if (draft) chosen.set(id, draft);
    else report.skipped.push({ id, title: '', format: null, reason: `There is no draft with id ${id}.` });
  }
  // drafts.list is newest edit first: the first draft seen for a story is its most recent. (Listed only when
  // stories are asked for: it copies every draft.)
  const newest = new Map<string, string>();
  const listed = request.stories.length > 0 ? store.drafts.list() : [];
  for (const summary of listed) if (summary.storyId !== null && !newest.has(summary.storyId)) newest.set(summary.storyId, summary.id);
  for (const storyId of request.stories) {
    const story = store.stories.get(storyId);
    if (!story) {
      report.skipped.push({ id: storyId, title: '', format: null, reason: `There is no story with id ${storyId}.` });
      continue;
    }
    const existing = newest.get(storyId);
    const draft = existing !== undefined ? await store.drafts.get(existing) : undefined;
    if (draft) {
      chosen.set(draft.id, draft);
      continue;
    }
    try {
      const made = await deps.fromStory(storyId);
      report.created.push(summarize(made));
      chosen.set(made.id, made);
    } catch (error) {
      report.skipped.push({ id: storyId, title: story.headline ?? '', format: null, reason: `No draft could be merged for this story: ${messageOf(error)}` });
    }
  }
  return [...chosen.values()];
}

/**
 * export.batch: every chosen draft in every chosen format into one existing folder, one file each named from
 * the headline slug, through the same atomic writer as export.write. Drafts whose check finds problems are
 * skipped unless forced (a batch has no waivers); one failed file does not stop the rest; progress goes out
 * before each file; a cancel stops after the draft in hand. Each draft's files are recorded in its history.
 */
export async function runExportBatch(request: ExportBatchRequest, folder: string, deps: ExportBatchDeps): Promise<ExportBatchReport> {
  const { store, events, control } = deps;
  await checkFolder(folder);
  // Temporary files of an export killed mid-way are hidden but would stay forever: this is their next chance.
  await removeStaleTemps(folder);
  const report: ExportBatchReport = { written: [], skipped: [], failed: [], created: [], cancelled: false };
  const ready: Draft[] = [];
  for (const draft of await draftsToExport(request, deps, report)) {
    const problems = request.force ? [] : checkDraft(draft, deps.context().quoteStyle).problems;
    if (problems.length === 0) ready.push(draft);
    else report.skipped.push({ id: draft.id, title: draft.title, format: null, reason: notReviewed(problems) });
  }

  const total = ready.length * request.formats.length;
  // Two drafts with one headline must not replace each other's file: a name this batch wrote is numbered,
  // from past the names of it this batch has written.
  const writtenHere = new Map<string, number>();
  // History records are written while the next draft's files are: each is its own draft file's write.
  const recording: Promise<void>[] = [];
  let done = 0;

  /** One file: rendered, written atomically, and its record (null when skipped or failed, as reported). */
  const exportOne = async (draft: Draft, format: ExportFormat, context: DraftExportContext): Promise<ExportRecord | null> => {
    try {
      const file = await renderDraft(draft, format, context);
      const target = path.join(folder, file.filename);
      events.emit('export.progress', { done, total, current: file.filename });
      const before = writtenHere.get(target) ?? 0;
      const written = await writeExportFile(target, file.bytes, before > 0 ? 'number' : request.ifExists, deps.ops, before + 1);
      if (written === null) {
        report.skipped.push({ id: draft.id, title: draft.title, format, reason: `${target} already exists.` });
        return null;
      }
      writtenHere.set(target, before + 1);
      return { at: deps.now().toISOString(), format, path: written, bytes: file.bytes.byteLength, revision: draft.revision };
    } catch (error) {
      report.failed.push({ id: draft.id, title: draft.title, format, reason: messageOf(error) });
      return null;
    } finally {
      done += 1;
    }
  };

  for (const draft of ready) {
    // Checked between drafts: a cancel stops after the files in hand (one draft's formats).
    if (control.cancelled) break;
    // A draft's formats are written together, so their fsyncs overlap; their names differ by extension.
    const context = deps.context();
    const outcomes = await Promise.all(request.formats.map((format) => exportOne(draft, format, context)));
    const records = outcomes.filter((record) => record !== null);
    report.written.push(...records.map((record) => ({ ...record, draftId: draft.id, title: draft.title })));
    if (records.length > 0) {
      recording.push(
        recordExports(store, draft.id, records).then(
          () => {},
          (error: unknown) => {
            // The files are whole on disk; only the history lacks them, which the report must still say.
            for (const { format, path: written } of records) {
              report.failed.push({ id: draft.id, title: draft.title, format, reason: `${written} was written, but not added to the draft's export history: ${messageOf(error)}` });
            }
          },
        ),
      );
    }
    await nextTurn();
  }
  await Promise.all(recording);
  report.cancelled = control.cancelled && done < total;
  events.emit('export.progress', { done: total, total, current: '' });
  if (report.written.length > 0 || report.created.length > 0) events.emit('library.changed', { reason: 'export' });
  return report;
}
