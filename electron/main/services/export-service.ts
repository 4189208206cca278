import path from 'node:path';
import { ApiFailure } from '../../../shared/api/errors';
import type { ExportBatchReport, ExportCheckReport, ExportedFile, ExportedRecord, ExportWriteInput } from '../../../shared/api/contract';
import { exportFilename, exportFormat } from '../../../shared/domain/export';
import type { Draft, ExportFormat, ExportRecord } from '../../../shared/domain/model';
import type { z } from 'zod';
import type { WriteOps } from '../store/atomic-write';
import type { Store } from '../store/open-store';
import { removeStaleTemps } from '../store/stale-temps';
import { checkDraft, exportDraft, renderDraft, type DraftExportContext } from './draft-export';
import { runExportBatch, type ExportBatchRequest } from './export-batch';
import { recordExports } from './export-history';
import { notReviewed, unreviewed } from './export-review';
import { ExportGrants, targetPath, type PickExportTarget } from './export-targets';
import { writeExportFile } from './export-write';
import type { BatchControl } from './import-batch';
import type { ServiceEvents } from './service-events';

export interface ExportServiceDeps {
  store: Store;
  drafts: { get: (id: string) => Promise<Draft>; fromStory: (storyId: string, policy: string | undefined) => Promise<Draft> };
  events: ServiceEvents;
  now: () => Date;
  /** Where the dialogs open (AppInfo.exportDir). */
  exportDir: string;
  /** The native save and folder dialogs (Electron only); their presence also restricts writes to what was picked. */
  pickTarget?: PickExportTarget;
  ops: WriteOps;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * export.*: the check, the in-memory render, one file, many files, cancel, and the native target dialog.
 * Every file goes through writeExportFile and is recorded in its draft's history (without a new revision).
 *
 * In Electron the page in the window could otherwise write anywhere the user can: there, only paths picked
 * in the native dialog of this session are accepted. The twin and the CLI run for a user who types paths
 * anyway, so any absolute path goes.
 */
export function createExportService({ store, drafts, events, now, exportDir, pickTarget, ops }: ExportServiceDeps) {
  const grants = pickTarget ? new ExportGrants() : null;
  const running = new Set<BatchControl>();
  const quoteStyle = () => store.meta.settings().quoteStyle;
  const context = (credits: boolean): DraftExportContext => ({
    quoteStyle: quoteStyle(),
    now: now(),
    sourceHeadline: (copyId) => store.copies.summary(copyId)?.headline ?? null,
    credits,
  });
  const notPicked = (kind: 'file' | 'folder', target: string) =>
    new ApiFailure('invalid-input', `Copydesk writes exports only where you choose in the ${kind === 'file' ? 'save' : 'folder'} dialog, and ${target} was not chosen there.`, { path: target });

  return {
    check: async (id: string): Promise<ExportCheckReport> => checkDraft(await drafts.get(id), quoteStyle()),

    draft: async (id: string, format: ExportFormat, credits = false): Promise<ExportedFile> => exportDraft(await drafts.get(id), format, context(credits)),

    async write(input: z.output<typeof ExportWriteInput>): Promise<ExportedRecord> {
      const target = targetPath(input.path, 'file');
      if (grants && !grants.allowsFile(target)) throw notPicked('file', target);
      const draft = await drafts.get(input.id);
      const problems = unreviewed(checkDraft(draft, quoteStyle()), input.waived);
      if (problems.length > 0) throw new ApiFailure('needs-review', `${notReviewed(problems)}: fix or waive them before exporting.`, { problems });
      const file = await renderDraft(draft, input.format, context(input.credits));
      await removeStaleTemps(path.dirname(target));
      const written = await writeExportFile(target, file.bytes, input.ifExists, ops);
      const record: ExportRecord = { at: now().toISOString(), format: input.format, path: written, bytes: file.bytes.byteLength, revision: draft.revision };
      try {
        await recordExports(store, draft.id, [record]);
      } catch (error) {
        throw new ApiFailure('store-unwritable', `${written} was written, but not added to the draft's export history: ${messageOf(error)}`, { path: written });
      }
      events.emit('library.changed', { reason: 'draft-exported' });
      return { ...record, draftId: draft.id, title: draft.title };
    },

    async batch(request: ExportBatchRequest): Promise<ExportBatchReport> {
      const folder = targetPath(request.folder, 'folder');
      if (grants && !grants.allowsFolder(folder)) throw notPicked('folder', folder);
      const control: BatchControl = { cancelled: false };
      running.add(control);
      try {
        const fromStory = (storyId: string) => drafts.fromStory(storyId, undefined);
        return await runExportBatch(request, folder, { store, fromStory, events, control, context: () => context(request.credits), now, ops });
      } finally {
        running.delete(control);
      }
    },

    cancel(): { cancelled: boolean } {
      for (const control of running) control.cancelled = true;
      return { cancelled: running.size > 0 };
    },

    async pickTarget(input: { kind: 'file' | 'folder'; format?: ExportFormat; suggestedName?: string }): Promise<{ path: string | null }> {
      if (!pickTarget || !grants) {
        throw new ApiFailure('unavailable', 'Only the desktop app opens a save dialog: type the absolute path of the file or folder to export to.');
      }
      const info = input.format ? exportFormat(input.format) : undefined;
      // A name, never a path: the suggestion comes from the page and must not steer the dialog elsewhere.
      const suggested = (input.suggestedName ?? '').replace(/[\0/\\]/g, ' ').trim().replace(/^\.+$/, '');
      const name = suggested || (input.format ? exportFilename('', input.format) : 'untitled');
      const chosen = await pickTarget({
        kind: input.kind,
        defaultPath: input.kind === 'file' ? path.join(exportDir, name) : exportDir,
        filter: info ? { name: info.label, extension: info.extension } : null,
      });
      if (chosen === null) return { path: null };
      const picked = targetPath(chosen, input.kind);
      grants.grant(input.kind, picked);
      return { path: picked };
    },
  };
}
