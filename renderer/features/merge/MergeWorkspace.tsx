import type { LexicalEditor } from 'lexical';
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type FocusEvent } from 'react';
import { draftText, type ParsedDraftDocument } from '../../../shared/domain/draft';
import type { MergePlan } from '../../../shared/domain/merge';
import type { Draft, DraftStatus, QuoteStyle } from '../../../shared/domain/model';
import { useApi } from '../../api/ApiContext';
import { DraftEditor } from '../editor/DraftEditor';
import { ExportHistory } from '../export/ExportHistory';
import { splitPath } from '../export/targetPath';
import { useDraftExport } from '../export/useDraftExport';
import { RevisionsPanel } from '../revisions/RevisionsPanel';
import { StylePanel } from '../style/StylePanel';
import { ConflictNotice } from './ConflictNotice';
import { DecisionsPanel } from './DecisionsPanel';
import type { Autosaver } from './autosave';
import { revealPassage } from './editorPassages';
import { MergeHeader } from './MergeHeader';
import { onDraftSaveRequest } from './saveDraftRequest';
import { ProvenanceCard } from './ProvenanceCard';
import { SideTabs, type SideTab } from './SideTabs';
import { useAutosave } from './useAutosave';
import { useEditedDocument } from './useEditedDocument';

interface Props {
  draft: Draft;
  document: ParsedDraftDocument;
  quoteStyle: QuoteStyle;
  /** Another revision of this draft takes the editor's place (restore, "reload theirs"). */
  onReplace: (draft: Draft) => void;
  /** Another draft takes the tab (the copy "keep mine as a copy" made), so the shell knows which is open. */
  onOpenDraft: (draftId: string) => void;
  /** The status bar's live message (an export's outcome). */
  report: (message: string) => void;
}

/**
 * One loaded draft: the editor in the centre, decisions / style / revisions beside it, and the header with
 * status and saving. Text, fields and plan (useEditedDocument) go into every save together, so a reload
 * shows the text and the decisions as they were left.
 */
export function MergeWorkspace({ draft, document, quoteStyle, onReplace, onOpenDraft, report }: Props) {
  const { api } = useApi();
  const [editor, setEditor] = useState<LexicalEditor | null>(null);
  const [status, setStatus] = useState<DraftStatus>(draft.status);
  const [revision, setRevision] = useState(draft.revision);
  const [focused, setFocused] = useState<string | null>(null);
  const [tab, setTab] = useState<SideTab>(document.merge ? 'decisions' : 'style');
  const [problem, setProblem] = useState<string | null>(null);
  // The style chosen in the panel rules from then on; the shell's copy of the setting only starts it.
  const [quote, setQuote] = useState(quoteStyle);

  // Edits tell the autosaver, which is made after the document it saves: the ref joins the two.
  const saverRef = useRef<Autosaver | null>(null);
  const edited = useEditedDocument(document, editor, () => saverRef.current?.changed());
  const { plan, fields, mounted, current, onChange, changeFields } = edited;
  // Read right after a flush (the export fix names the revision it fixes), before React has re-rendered.
  const revisionRef = useRef(draft.revision);
  const { state: save, saver } = useAutosave(
    draft,
    edited.snapshot,
    (saved) => {
      revisionRef.current = saved.revision;
      setRevision(saved.revision);
    },
    (copy) => {
      onOpenDraft(copy.id);
      report('Your text was saved as a new draft; the other version stays as it was saved.');
    },
  );
  saverRef.current = saver;
  const changePlan = (next: MergePlan | { problem: string }) => setProblem(edited.changePlan(next));

  const changeStatus = async (next: DraftStatus) => {
    const result = await api['drafts.setStatus']({ id: draft.id, status: next });
    if (!result.ok) return setProblem(result.error.message);
    setStatus(result.value.status);
    saver.adopt(result.value.revision);
  };

  const checkpoint = useCallback(() => void saver.flush({ checkpoint: true }), [saver]);
  // In place in the commit that shows the draft (as the export request is), so an early Ctrl/⌘+S is not lost.
  useLayoutEffect(() => onDraftSaveRequest(checkpoint), [checkpoint]);

  const reloadTheirs = async () => {
    const result = await api['drafts.get']({ id: draft.id });
    if (result.ok) onReplace(result.value);
    else if (result.error.code === 'not-found') setProblem('This draft was deleted elsewhere, so there is no stored text to reload. Keep yours as a copy to save it.');
    else setProblem(result.error.message);
  };

  // Restoring and exporting both start from the stored text: what is typed here is saved first (so a
  // restore keeps it as the revision "before restore", and an export contains it).
  const saveNow = useCallback(() => saver.flush(), [saver]);
  const exporting = useDraftExport({
    draftId: draft.id,
    title: fields.headline,
    flush: saveNow,
    revision: () => revisionRef.current,
    onFixed: onReplace,
    onExported: (record) => {
      const { name, folder } = splitPath(record.path);
      setStatus('exported');
      report(`Exported ${name} to ${folder}.`);
    },
  });


  // Focus leaving the tab (for the library, another window) counts as a pause: save now.
  const flushOnLeave = (event: FocusEvent) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) void saver.flush();
  };

  // The spellchecker follows the house style: UK quotes mean UK spelling.
  const lang = quote === 'us' ? 'en-US' : 'en-GB';
  const editorElement = useMemo(
    () => (
      <DraftEditor key={mounted.key} document={mounted.document} onChange={onChange} onEditor={setEditor} onPassageFocus={setFocused} lang={lang} />
    ),
    [mounted, onChange, lang],
  );

  return (
    <section className="merge" aria-label="Merge" data-testid="merge" onBlur={flushOnLeave}>
      <MergeHeader title={fields.headline} status={status} onStatus={(next) => void changeStatus(next)} save={save} onSave={checkpoint} onRetry={() => void saver.flush()} onExport={exporting.openDialog} />
      {save.kind === 'conflict' && <ConflictNotice message={save.message} onReload={() => void reloadTheirs()} onKeepCopy={() => void saver.keepAsCopy()} />}
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
          {tab === 'revisions' && (
            <>
              <RevisionsPanel draftId={draft.id} revision={revision} currentText={() => draftText(current())} beforeRestore={saveNow} onRestored={onReplace} />
              <ExportHistory draftId={draft.id} />
            </>
          )}
        </SideTabs>
      </div>
      {editor && plan && <ProvenanceCard editor={editor} plan={plan} focused={focused} onPlan={changePlan} />}
      {exporting.dialog}
    </section>
  );
}
