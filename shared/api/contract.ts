import { z } from 'zod';
import { CopySummary, DiffBudgetMs, DraftRevision, DraftStatus, DraftSummary, Draft, ExportFormat, ExportRecord, MaxImportBytes, PageAnalysis, QuoteStyle, RevisionsKept, Settings, Story, StorySummary, Theme, WireCopy } from '../domain/model';
import type { ApiMethod } from './methods';

/**
 * THE contract: every operation the UI (and the CLI and tests) may ask of the services, each with the schema
 * of its input and of its output. The preload, the web bridge, the IPC handlers and the renderer client are
 * all derived from this one table, so they cannot drift apart.
 */

const Id = z.string().min(1).max(200);

export const StoreNotice = z.object({
  kind: z.enum(['moved-aside', 'read-only', 'vanished', 'migrated']),
  /** The store file concerned. */
  file: z.string(),
  /** Where a corrupt or newer-version file was moved so it is never overwritten. */
  movedTo: z.string().optional(),
  message: z.string(),
  at: z.string(),
});
export type StoreNotice = z.infer<typeof StoreNotice>;

export const StoreStatus = z.object({
  dataDir: z.string(),
  schemaVersion: z.number().int(),
  writable: z.boolean(),
  counts: z.object({ copies: z.number().int(), stories: z.number().int(), drafts: z.number().int() }),
  notices: z.array(StoreNotice),
});
export type StoreStatus = z.infer<typeof StoreStatus>;

/**
 * Stories the library pane fetches at first, and adds each time the reader nears the end: the whole of a
 * 50,000-copy library is ~35 MB of JSON, too much to send again on every change; a page is a few hundred KB.
 */
export const LIBRARY_PAGE_STORIES = 300;

export const LibraryQuery = z.object({
  /** Words to find in headline, outlet or body (all must match, case- and accent-insensitive). */
  query: z.string().max(500).optional(),
  outlet: z.string().max(200).optional(),
  /**
   * At most this many stories (newest first) with their matching copies; ungrouped matches come after the
   * last story, so only once every story fits. Absent: everything (a 50,000-copy library is ~35 MB of JSON,
   * which is why the library pane pages it).
   */
  limit: z.number().int().min(1).max(1_000_000).optional(),
});
export type LibraryQuery = z.infer<typeof LibraryQuery>;

export const Library = z.object({
  stories: z.array(StorySummary),
  copies: z.array(CopySummary),
  /** How many stories and copies match in all, whatever the limit. */
  total: z.object({ stories: z.number().int().min(0), copies: z.number().int().min(0) }),
  /** Drafts matching the query (by title), newest edit first, with their status. */
  drafts: z.array(DraftSummary),
  /** Every outlet in the store (not only the filtered ones), for the outlet filter. */
  outlets: z.array(z.string()),
});
export type Library = z.infer<typeof Library>;

export const StoryDetail = z.object({ story: Story, copies: z.array(WireCopy) });
export type StoryDetail = z.infer<typeof StoryDetail>;

export const DraftSaveInput = z.object({
  /** Absent for a new draft. */
  id: Id.optional(),
  storyId: Id.nullable(),
  title: z.string().max(1000),
  content: z.string().max(20_000_000),
  text: z.string().max(10_000_000),
  /** The revision this edit started from; a newer stored revision makes the save a conflict. */
  baseRevision: z.number().int().min(1).optional(),
  /**
   * True for an explicit save (Ctrl/Cmd+S): the saved text is also kept as a revision. Autosaves only keep
   * one when the last kept revision is a few minutes old.
   */
  checkpoint: z.boolean().optional(),
});
export type DraftSaveInput = z.infer<typeof DraftSaveInput>;

export const ImportedFile = z.object({
  name: z.string().min(1).max(1000),
  /** File bytes, base64: decoding (UTF-8, UTF-16, Windows-1252) is the importer's job, not the sender's. */
  dataBase64: z.string(),
});

export const ImportReport = z.object({
  imported: z.array(CopySummary),
  duplicates: z.array(z.object({ source: z.string(), existingId: z.string(), headline: z.string().nullable() })),
  failed: z.array(z.object({ source: z.string(), message: z.string() })),
  /** True when the user cancelled: what was imported before stays, the rest was not read. */
  cancelled: z.boolean().default(false),
  /** Files inside picked folders left out because they are hidden or of a type Copydesk does not read. */
  skipped: z.number().int().min(0).default(0),
});

/** What the shell can do, so the UI offers native dialogs in Electron and browser pickers in the twin. */
export const AppInfo = z.object({
  shell: z.enum(['electron', 'web', 'cli']),
  version: z.string(),
  /** The services can open the OS file dialog themselves (import.pick). */
  nativeDialogs: z.boolean(),
  platform: z.string(),
  /** The folder the export dialogs start in (the user's Documents, else home). */
  exportDir: z.string(),
});
export type AppInfo = z.infer<typeof AppInfo>;

export type ImportReport = z.infer<typeof ImportReport>;

/** A draft rendered in one format, in memory (preview, clipboard, the twin's download). Binary formats (docx) come base64. */
export const ExportedFile = z.object({ filename: z.string(), mime: z.string(), encoding: z.enum(['utf8', 'base64']), content: z.string() });
export type ExportedFile = z.infer<typeof ExportedFile>;

/**
 * One thing to fix or waive before export (domain/export checkExport), with an id that stays the same while
 * the problem does (its kind, place and the text it covers), so a waiver survives re-checking.
 */
export const ExportIssue = z.object({
  id: z.string(),
  kind: z.string(),
  message: z.string(),
  /** Where it is, as the editor names it: "Headline", "Paragraph 4". */
  where: z.string(),
  /** The problem with a little text either side, for the list. */
  excerpt: z.string(),
  /** Whether the check knows the fix (else only the editor can tell what was meant). */
  fixable: z.boolean(),
});
export type ExportIssue = z.infer<typeof ExportIssue>;

export const ExportCheckReport = z.object({ problems: z.array(ExportIssue), complete: z.boolean() });
export type ExportCheckReport = z.infer<typeof ExportCheckReport>;

/** What to do when the target file exists: ask (fail with code 'exists'), replace it, or number the new one ("slug-2.ext"). */
export const IfExists = z.enum(['ask', 'replace', 'number']);
export type IfExists = z.infer<typeof IfExists>;

const TargetPath = z.string().min(1).max(4096);

export const ExportWriteInput = z.object({
  id: Id,
  format: ExportFormat,
  /** Absolute path of the file to write (chosen in the native save dialog, or typed in the twin). */
  path: TargetPath,
  ifExists: IfExists.default('ask'),
  /** Ids of check problems the editor waived; any other problem stops the export (code 'needs-review'). */
  waived: z.array(z.string().max(2000)).max(10_000).default([]),
  /** Text formats add a "Sources:" credits line. */
  credits: z.boolean().default(false),
});
export type ExportWriteInput = z.input<typeof ExportWriteInput>;

export const ExportBatchInput = z.object({
  /** Drafts to export, and stories to export through their newest draft (one is merged with the default policy when a story has none). */
  drafts: z.array(Id).max(10_000).default([]),
  stories: z.array(Id).max(10_000).default([]),
  formats: z.array(ExportFormat).min(1).max(8),
  /** Absolute path of an existing folder. */
  folder: TargetPath,
  ifExists: z.enum(['replace', 'number', 'skip']).default('number'),
  /** Export drafts whose check found problems (else they are skipped and listed). */
  force: z.boolean().default(false),
  credits: z.boolean().default(false),
});
export type ExportBatchInput = z.input<typeof ExportBatchInput>;

export const ExportedRecord = ExportRecord.extend({ draftId: z.string(), title: z.string() });
export type ExportedRecord = z.infer<typeof ExportedRecord>;

export const ExportBatchReport = z.object({
  written: z.array(ExportedRecord),
  /** Not attempted: unreviewed problems (without force), an existing file with ifExists 'skip', an unknown id. */
  skipped: z.array(z.object({ id: z.string(), title: z.string(), format: ExportFormat.nullable(), reason: z.string() })),
  /** Attempted and failed (disk full, no permission, folder gone): nothing partial was left. */
  failed: z.array(z.object({ id: z.string(), title: z.string(), format: ExportFormat, reason: z.string() })),
  /** Drafts made for stories that had none. */
  created: z.array(DraftSummary),
  cancelled: z.boolean(),
});
export type ExportBatchReport = z.infer<typeof ExportBatchReport>;

const None = z.object({}).strict();

export const contract = {
  'store.status': { input: None, output: StoreStatus },
  'library.list': { input: LibraryQuery.strict(), output: Library },
  'copies.get': { input: z.object({ id: Id }).strict(), output: WireCopy },
  'stories.get': { input: z.object({ id: Id }).strict(), output: StoryDetail },
  'drafts.list': { input: None, output: z.array(DraftSummary) },
  'drafts.get': { input: z.object({ id: Id }).strict(), output: Draft },
  'drafts.save': { input: DraftSaveInput.strict(), output: Draft },
  'drafts.revisions': { input: z.object({ id: Id }).strict(), output: z.array(DraftRevision) },
  /**
   * Merges a story's versions (policy "newest" by default, or "base:<copy id>") into a new draft whose body
   * is the editor's initial state, with the plan and provenance in it.
   */
  'drafts.fromStory': { input: z.object({ storyId: Id, policy: z.string().max(300).optional() }).strict(), output: Draft },
  /** Makes a kept revision the current text again; the text it replaces is kept as a revision first. */
  'drafts.restore': { input: z.object({ id: Id, revision: z.number().int().min(1) }).strict(), output: Draft },
  'drafts.setStatus': { input: z.object({ id: Id, status: DraftStatus }).strict(), output: Draft },
  'drafts.delete': { input: z.object({ id: Id }).strict(), output: z.object({ id: z.string() }) },
  'import.text': {
    input: z.object({ text: z.string().min(1).max(50_000_000), source: z.string().max(1000).optional() }).strict(),
    output: ImportReport,
  },
  'import.files': { input: z.object({ files: z.array(ImportedFile.strict()).min(1).max(5000) }).strict(), output: ImportReport },
  'import.sample': { input: None, output: ImportReport },
  'import.preview': {
    input: z.object({ text: z.string().min(1).max(50_000_000), source: z.string().max(1000).optional() }).strict(),
    output: PageAnalysis,
  },
  /** Electron only (AppInfo.nativeDialogs): the OS dialog, then the chosen files or folder (recursively). */
  'import.pick': { input: z.object({ kind: z.enum(['files', 'folder']) }).strict(), output: ImportReport },
  /** Stops a running import.pick batch after the file in hand; answers whether one was running. */
  'import.cancel': { input: None, output: z.object({ cancelled: z.boolean() }) },
  'copies.restoreRemoved': {
    input: z.object({ id: Id, index: z.number().int().min(0) }).strict(),
    output: WireCopy,
  },
  'copies.delete': { input: z.object({ ids: z.array(Id).min(1).max(10_000) }).strict(), output: z.object({ deleted: z.array(z.string()) }) },
  /** Moves a copy into another story, or into a story of its own when storyId is null. Survives re-imports. */
  'stories.move': { input: z.object({ copyId: Id, storyId: Id.nullable() }).strict(), output: StoryDetail },
  /** Takes the given copies out of their story into a new one. */
  'stories.split': { input: z.object({ storyId: Id, copyIds: z.array(Id).min(1) }).strict(), output: StoryDetail },
  /** Joins stories into the first one. */
  'stories.join': { input: z.object({ storyIds: z.array(Id).min(2).max(1000) }).strict(), output: StoryDetail },
  'app.info': { input: None, output: AppInfo },
  'export.draft': { input: z.object({ id: Id, format: ExportFormat, credits: z.boolean().optional() }).strict(), output: ExportedFile },
  /** The export check of a draft's current text. */
  'export.check': { input: z.object({ id: Id }).strict(), output: ExportCheckReport },
  /**
   * Makes the check's own fixes in the draft (the chosen problems by ExportIssue id, or 'all'): saved as a new
   * revision with the text before it kept, so the Revisions panel can bring it back. Problems with no fix, or whose
   * fix would change a run's format, are left (`left`); ids no longer in the check are ignored. Fails with
   * 'conflict' when baseRevision is not the draft's current revision (as drafts.save does).
   */
  'export.fix': {
    input: z
      .object({ id: Id, problems: z.union([z.array(z.string().min(1).max(300)).max(10_000), z.literal('all')]), baseRevision: z.number().int().min(1) })
      .strict(),
    output: z.object({ draft: Draft, fixed: z.number().int().min(0), left: z.number().int().min(0) }),
  },
  /**
   * Writes one draft in one format to a file, atomically (temp file and rename in the target folder), records
   * it in the draft's export history and marks the draft exported. Fails with 'exists' (details.path,
   * details.numbered) when ifExists is 'ask' and the file exists, 'needs-review' (details.problems) when an
   * unwaived check problem remains, 'write-failed' naming the cause when the folder cannot be written (no partial file is left).
   */
  'export.write': { input: ExportWriteInput.strict(), output: ExportedRecord },
  /** Many drafts × formats into one folder, one file each named from the headline slug; progress as 'export.progress'. */
  'export.batch': { input: ExportBatchInput.strict(), output: ExportBatchReport },
  /** Stops a running export.batch once the draft in hand is written (its formats go out together); answers whether one was running. */
  'export.cancel': { input: None, output: z.object({ cancelled: z.boolean() }) },
  /**
   * Electron only (AppInfo.nativeDialogs): the OS save dialog (kind 'file') or folder dialog (kind 'folder');
   * null when cancelled. In Electron, export.write and export.batch accept only paths chosen here.
   */
  'export.pickTarget': {
    input: z.object({ kind: z.enum(['file', 'folder']), format: ExportFormat.optional(), suggestedName: z.string().max(300).optional() }).strict(),
    output: z.object({ path: z.string().nullable() }),
  },
  'settings.get': { input: None, output: Settings },
  'settings.update': {
    input: z
      .object({
        theme: Theme.optional(),
        maxImportBytes: MaxImportBytes.optional(),
        quoteStyle: QuoteStyle.optional(),
        diffBudgetMs: DiffBudgetMs.optional(),
        revisionsKept: RevisionsKept.optional(),
      })
      .strict(),
    output: Settings,
  },
} as const satisfies Record<ApiMethod, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type ApiInput<M extends ApiMethod> = z.input<Contract[M]['input']>;
export type ApiOutput<M extends ApiMethod> = z.output<Contract[M]['output']>;
