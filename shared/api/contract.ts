import { z } from 'zod';
import { CopySummary, DraftRevision, DraftStatus, DraftSummary, Draft, PageAnalysis, QuoteStyle, Settings, Story, StorySummary, Theme, WireCopy } from '../domain/model';
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

export const LibraryQuery = z.object({
  /** Words to find in headline, outlet or body (all must match, case- and accent-insensitive). */
  query: z.string().max(500).optional(),
  outlet: z.string().max(200).optional(),
});
export type LibraryQuery = z.infer<typeof LibraryQuery>;

export const Library = z.object({
  stories: z.array(StorySummary),
  copies: z.array(CopySummary),
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
});
export type AppInfo = z.infer<typeof AppInfo>;

export type ImportReport = z.infer<typeof ImportReport>;

export const ExportFormat = z.enum(['txt', 'md']);
export type ExportFormat = z.infer<typeof ExportFormat>;

export const ExportedFile = z.object({ filename: z.string(), mime: z.string(), content: z.string() });
export type ExportedFile = z.infer<typeof ExportedFile>;

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
  'export.draft': { input: z.object({ id: Id, format: ExportFormat }).strict(), output: ExportedFile },
  'settings.get': { input: None, output: Settings },
  'settings.update': {
    input: z.object({ theme: Theme.optional(), maxImportBytes: Settings.shape.maxImportBytes.optional(), quoteStyle: QuoteStyle.optional() }).strict(),
    output: Settings,
  },
} as const satisfies Record<ApiMethod, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type ApiInput<M extends ApiMethod> = z.input<Contract[M]['input']>;
export type ApiOutput<M extends ApiMethod> = z.output<Contract[M]['output']>;
