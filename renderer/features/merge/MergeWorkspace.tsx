import type { LexicalEditor } from 'lexical';
import { useCallback, useEffect, useMemo, useRef, useState, type FocusEvent } from 'react';
import { draftText, serializeDraftDocument, type DraftFields, type ParsedDraftDocument, type SerializedBody } from '../../../shared/domain/draft';
import type { MergePlan } from '../../../shared/domain/merge';
import type { Draft, DraftStatus, QuoteStyle } from '../../../shared/domain/model';
import { useApi } from '../../api/ApiContext';
import { isPrimaryShortcut } from '../../app/shortcuts';
import { DraftEditor, type DraftChange } from '../editor/DraftEditor';
import { $passageIdsInBody } from '../editor/ops';
import { RevisionsPanel } from '../revisions/RevisionsPanel';
import { StylePanel } from '../style/StylePanel';
import { ConflictNotice } from './ConflictNotice';
import { DecisionsPanel } from './DecisionsPanel';
import { applyPlanEdits, revealPassage } from './editorPassages';
import { MergeHeader } from './MergeHeader';
import { planEdits } from './planEdits';
import { reconcilePlan } from './reconcilePlan';
import { ProvenanceCard } from './ProvenanceCard';
import { SideTabs, type SideTab } from './SideTabs';
import { useAutosave, type DraftSnapshot } from './useAutosave';

interface Props {
  draft: Draft;
  document: ParsedDraftDocument;
  quoteStyle: QuoteStyle;
  /** Another revision of this draft takes the editor's place (restore, "reload theirs"). */
  onReplace: (draft: Draft) => void;
}

/**
 * One loaded draft: the editor in the centre, decisions / style / revisions beside it, and the header with
 * status and saving. The plan and the editor's body change together (a decision edits the body in the same
 * step), and both go into every save, so a reload shows the text and the decisions as they were left.
 */
export function MergeWorkspace({ draft, document, quoteStyle, onReplace }: Props) {
  const { api } = useApi();
  const [editor, setEditor] = useState<LexicalEditor | null>(null);
  const [plan, setPlan] = useState<MergePlan | null>(document.merge);
  const [fields, setFields] = useState<DraftFields>(document.fields);
  const [status, setStatus] = useState<DraftStatus>(draft.status);
  const [revision, setRevision] = useState(draft.revision);
  const [focused, setFocused] = useState<string | null>(null);
  const [tab, setTab] = useState<SideTab>(document.merge ? 'decisions' : 'style');
  const [problem, setProblem] = useState<string | null>(null);
  // The style chosen in the panel rules from then on; the shell's copy of the setting only starts it.
  const [quote, setQuote] = useState(quoteStyle);
  // The editor reads its document once, on mount: a field changed from outside it (house style) remounts it.
  const [mounted, setMounted] = useState({ document, key: 0 });

  // The latest state, read when a save starts (refs: typing must not re-render this component per key). The
  // body is kept as the editor's change, whose JSON is only built when read: once a save, not once a key.
  const latest = useRef<{ fields: DraftFields; change: { body: SerializedBody }; plan: MergePlan | null }>({ fields: document.fields, change: document, plan: document.merge });
  const current = useCallback(
    (): ParsedDraftDocument => ({ ...document, fields: latest.current.fields, body: latest.current.change.body, merge: latest.current.plan }),
    [document],
  );
  const editorRef = useRef<LexicalEditor | null>(null);
  editorRef.current = editor;
  const take = useCallback((): DraftSnapshot => {
    const plan = latest.current.plan;
    const synced = plan && editorRef.current ? reconcilePlan(plan, editorRef.current.getEditorState().read($passageIdsInBody)) : plan;
    if (synced !== plan) {
      latest.current = { ...latest.current, plan: synced };
      setPlan(synced);
    }
    const doc = current();
    return { title: doc.fields.headline.trim() || 'Untitled draft', content: serializeDraftDocument(doc), text: draftText(doc) };
  }, [current]);
  const { state: save, saver } = useAutosave(draft, take, (saved) => setRevision(saved.revision));

  const onChange = useCallback(
    (change: DraftChange) => {
      const nextFields = change.fields;
      latest.current = { ...latest.current, fields: nextFields, change };
      setFields((previous) => (sameFields(previous, nextFields) ? previous : nextFields));
      saver.changed();
    },
    [saver],
  );

  const changePlan = (next: MergePlan | { problem: string }) => {
    if ('problem' in next) return setProblem(next.problem);
    const before = latest.current.plan;
    if (!before || !editor) return;
    latest.current = { ...latest.current, plan: next };
    setPlan(next);
    const missed = applyPlanEdits(editor, next, planEdits(before, next));
    setProblem(missed.length ? `${missed.length} passage${missed.length === 1 ? ' was' : 's were'} no longer in the text to change (deleted by hand?); the decision is recorded all the same.` : null);
    saver.changed();
  };

  const changeFields = (next: DraftFields) => {
    latest.current = { ...latest.current, fields: next };
    setFields(next);
    setMounted((m) => ({ document: current(), key: m.key + 1 }));
    saver.changed();
  };

  const changeStatus = async (next: DraftStatus) => {
    const result = await api['drafts.setStatus']({ id: draft.id, status: next });
    if (!result.ok) return setProblem(result.error.message);
    setStatus(result.value.status);
    saver.adopt(result.value.revision);
  };

  const checkpoint = useCallback(() => void saver.flush({ checkpoint: true }), [saver]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isPrimaryShortcut(event, 's')) return;
      event.preventDefault();
      checkpoint();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [checkpoint]);

  const reloadTheirs = async () => {
    const result = await api['drafts.get']({ id: draft.id });
    if (result.ok) onReplace(result.value);
    else setProblem(result.error.message);
  };

  // Restoring replaces the stored text: what is typed here is saved first, so it is the revision kept "before restore".
  const beforeRestore = useCallback(() => saver.flush(), [saver]);

  // Focus leaving the tab (for the library, another window) counts as a pause: save now.
  const flushOnLeave = (event: FocusEvent) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) void saver.flush();
  };

  const editorElement = useMemo(
    () => (
      <DraftEditor key={mounted.key} document={mounted.document} onChange={onChange} onEditor={setEditor} onPassageFocus={setFocused} />
    ),
    [mounted, onChange],
  );

  return (
    <section className="merge" aria-label="Merge" data-testid="merge" onBlur={flushOnLeave}>
      <MergeHeader title={fields.headline} status={status} onStatus={(next) => void changeStatus(next)} save={save} onSave={checkpoint} onRetry={() => void saver.flush()} />
      {save.kind === 'conflict' && <ConflictNotice message={save.message} onReload={() => void reloadTheirs()} onKeepMine={() => void saver.keepMine()} />}
      {problem && (
        <p className="merge__problem" role="alert">
          {problem}
        </p>
      )}
      <div className="merge__body">
        <div className="merge__editor">{editorElement}</div>
        <SideTabs tab={tab} onTab={setTab} hasPlan={plan !== null}>
          {tab === 'decisions' && plan && (
            <DecisionsPanel plan={plan} focused={focused} ready={editor !== null} onPlan={changePlan} onReveal={(id) => editor && revealPassage(editor, id)} />
          )}
          {tab === 'style' && <StylePanel editor={editor} draftId={draft.id} quoteStyle={quote} onQuoteStyle={setQuote} fields={fields} onFieldsChange={changeFields} />}
          {tab === 'revisions' && <RevisionsPanel draftId={draft.id} revision={revision} currentText={() => draftText(current())} beforeRestore={beforeRestore} onRestored={onReplace} />}
        </SideTabs>
      </div>
      {editor && plan && <ProvenanceCard editor={editor} plan={plan} focused={focused} onPlan={changePlan} />}
    </section>
  );
}

const sameFields = (a: DraftFields, b: DraftFields): boolean =>
  a.headline === b.headline && a.standfirst === b.standfirst && a.byline === b.byline && a.dateline === b.dateline;
