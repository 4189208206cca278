import type { LexicalEditor } from 'lexical';
import { useCallback, useRef, useState } from 'react';
import { draftText, serializeDraftDocument, type DraftFields, type ParsedDraftDocument, type SerializedBody } from '../../../shared/domain/draft';
import type { MergePlan } from '../../../shared/domain/merge';
import type { DraftChange } from '../editor/DraftEditor';
import { $passageIdsInBody } from '../editor/ops';
import { applyPlanEdits } from './editorPassages';
import { planEdits } from './planEdits';
import { reconcilePlan } from './reconcilePlan';
import type { DraftSnapshot } from './useAutosave';

interface Latest {
  fields: DraftFields;
  /** The editor's last change: its body JSON is only built when read, once a save rather than once a key. */
  change: { body: SerializedBody };
  plan: MergePlan | null;
}

/**
 * The draft as it is being edited: fields, body and plan, changed together (a decision edits the body in the
 * same step) and read whole when a save starts. The newest state lives in a ref, so typing does not re-render
 * the Merge tab on every key; only what the panels show (fields, plan) is React state.
 */
export function useEditedDocument(document: ParsedDraftDocument, editor: LexicalEditor | null, onEdit: () => void) {
  const [plan, setPlan] = useState<MergePlan | null>(document.merge);
  const [fields, setFields] = useState<DraftFields>(document.fields);
  // The editor reads its document once, on mount: a field changed from outside it (house style) remounts it.
  const [mounted, setMounted] = useState({ document, key: 0 });
  const latest = useRef<Latest>({ fields: document.fields, change: document, plan: document.merge });
  const editorRef = useRef(editor);
  editorRef.current = editor;
  const onEditRef = useRef(onEdit);
  onEditRef.current = onEdit;

  const current = useCallback(
    (): ParsedDraftDocument => ({ ...document, fields: latest.current.fields, body: latest.current.change.body, merge: latest.current.plan }),
    [document],
  );

  /** What a save writes, with the plan first brought in line with the body (reconcilePlan says why). */
  const snapshot = useCallback((): DraftSnapshot => {
    const before = latest.current.plan;
    const synced = before && editorRef.current ? reconcilePlan(before, editorRef.current.getEditorState().read($passageIdsInBody)) : before;
    if (synced !== before) {
      latest.current = { ...latest.current, plan: synced };
      setPlan(synced);
    }
    const doc = current();
    return { title: doc.fields.headline.trim() || 'Untitled draft', content: serializeDraftDocument(doc), text: draftText(doc) };
  }, [current]);

  const onChange = useCallback((change: DraftChange) => {
    const next = change.fields;
    latest.current = { ...latest.current, fields: next, change };
    setFields((previous) => (sameFields(previous, next) ? previous : next));
    onEditRef.current();
  }, []);

  /** Applies an edited plan to the body; answers what could not be done, for the tab to show. */
  const changePlan = (next: MergePlan | { problem: string }): string | null => {
    if ('problem' in next) return next.problem;
    const before = latest.current.plan;
    if (!before || !editor) return null;
    latest.current = { ...latest.current, plan: next };
    setPlan(next);
    const missed = applyPlanEdits(editor, next, planEdits(before, next));
    onEditRef.current();
    if (missed.length === 0) return null;
    return `${missed.length} passage${missed.length === 1 ? ' was' : 's were'} no longer in the text to change (deleted by hand?); the decision is recorded all the same.`;
  };

  const changeFields = (next: DraftFields) => {
    latest.current = { ...latest.current, fields: next };
    setFields(next);
    setMounted((m) => ({ document: current(), key: m.key + 1 }));
    onEditRef.current();
  };

  return { plan, fields, mounted, current, snapshot, onChange, changePlan, changeFields };
}

const sameFields = (a: DraftFields, b: DraftFields): boolean =>
  a.headline === b.headline && a.standfirst === b.standfirst && a.byline === b.byline && a.dateline === b.dateline;
