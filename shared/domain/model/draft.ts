import { z } from 'zod';
import { ExportRecord } from './export';

/**
 * A merged article being edited. `content` is the editor's serialized state (Lexical JSON) kept as an
 * opaque string so the store never depends on editor internals; `text` is its plain-text rendering
 * for search, lists and exports that do not need structure.
 */
/** Where a draft is in the desk's flow: being edited, passed for sending, sent on. Shown in the library. */
export const DraftStatus = z.enum(['draft', 'ready', 'exported']);
export type DraftStatus = z.infer<typeof DraftStatus>;

export const Draft = z.object({
  id: z.string().min(1),
  storyId: z.string().nullable(),
  title: z.string(),
  /** Defaulted so drafts saved before statuses existed read as being edited. */
  status: DraftStatus.default('draft'),
  content: z.string(),
  text: z.string(),
  revision: z.number().int().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Files written from this draft, oldest first (at most MAX_EXPORT_RECORDS); defaulted for older drafts. */
  exports: z.array(ExportRecord).default([]),
});
export type Draft = z.infer<typeof Draft>;

export const DraftSummary = Draft.omit({ content: true, text: true, exports: true });
export type DraftSummary = z.infer<typeof DraftSummary>;

/**
 * Why a revision was kept: autosaves replace the current text without keeping one, so the list stays a
 * short history of moments the sub-editor may want back.
 */
export const RevisionReason = z.enum(['created', 'saved', 'timed', 'before-restore', 'restored']);
export type RevisionReason = z.infer<typeof RevisionReason>;

export const DraftRevision = z.object({
  draftId: z.string(),
  revision: z.number().int().min(1),
  savedAt: z.string(),
  reason: RevisionReason.default('saved'),
  title: z.string(),
  content: z.string(),
  text: z.string(),
});
export type DraftRevision = z.infer<typeof DraftRevision>;
