import { z } from 'zod';

/**
 * A merged article being edited. `content` is the editor's serialized state (Lexical JSON) kept as an
 * opaque string so the store never depends on editor internals; `text` is its plain-text rendering
 * for search, lists and exports that do not need structure.
 */
export const Draft = z.object({
  id: z.string().min(1),
  storyId: z.string().nullable(),
  title: z.string(),
  content: z.string(),
  text: z.string(),
  revision: z.number().int().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Draft = z.infer<typeof Draft>;

export const DraftSummary = Draft.omit({ content: true, text: true });
export type DraftSummary = z.infer<typeof DraftSummary>;

export const DraftRevision = z.object({
  draftId: z.string(),
  revision: z.number().int().min(1),
  savedAt: z.string(),
  title: z.string(),
  content: z.string(),
  text: z.string(),
});
export type DraftRevision = z.infer<typeof DraftRevision>;
