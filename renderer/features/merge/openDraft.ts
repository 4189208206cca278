import { parseDraftDocument, type ParsedDraftDocument } from '../../../shared/domain/draft';
import type { Draft } from '../../../shared/domain/model';

export type OpenedDraft = { ok: true; draft: Draft; document: ParsedDraftDocument } | { ok: false; message: string };

/**
 * A stored draft read for the editor. One that does not parse is reported by name and problem: opening an
 * empty editor over it would let the next autosave overwrite the text it could not read.
 */
export function openDraft(draft: Draft): OpenedDraft {
  const parsed = parseDraftDocument(draft.content);
  if (parsed.ok) return { ok: true, draft, document: parsed.document };
  const title = draft.title.trim() || 'Untitled draft';
  return { ok: false, message: `The draft “${title}” (${draft.id}, revision ${draft.revision}) cannot be opened: ${parsed.problem}.` };
}
