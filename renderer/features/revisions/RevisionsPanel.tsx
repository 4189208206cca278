import { useState } from 'react';
import { countWords } from '../../../shared/domain/draft';
import type { Draft, DraftRevision } from '../../../shared/domain/model';
import { useApi } from '../../api/ApiContext';
import { useQuery } from '../../api/useQuery';
import { Dialog } from '../../ui/Dialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { formatFullTime } from '../../ui/formatTime';
import { Loading } from '../../ui/Loading';
import { RevisionCompareDialog } from './RevisionCompareDialog';
import { REASON_LABEL } from './revisionLabels';
import './revisions.css';

interface Props {
  draftId: string;
  /** The draft's stored revision: a new one (a save) refreshes the list. */
  revision: number;
  currentText: () => string;
  /** Saves what is unsaved, so the text a restore replaces is the one kept before it. */
  beforeRestore: () => Promise<void>;
  onRestored: (draft: Draft) => void;
}

const labelOf = (r: DraftRevision) => `Revision ${r.revision}`;

/** The revisions kept of a draft, newest first: each can be compared with the current text or restored. */
export function RevisionsPanel({ draftId, revision, currentText, beforeRestore, onRestored }: Props) {
  const { api } = useApi();
  const revisions = useQuery<DraftRevision[]>(`${draftId}:${revision}`, () => api['drafts.revisions']({ id: draftId }));
  const [comparing, setComparing] = useState<{ revision: DraftRevision; current: string } | null>(null);
  const [restoring, setRestoring] = useState<DraftRevision | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const restore = async (chosen: DraftRevision) => {
    setBusy(true);
    await beforeRestore();
    const result = await api['drafts.restore']({ id: draftId, revision: chosen.revision });
    setBusy(false);
    setRestoring(null);
    if (result.ok) onRestored(result.value);
    else setProblem(result.error.message);
  };

  if (revisions.status === 'error') return <ErrorMessage error={revisions.error} onRetry={revisions.reload} />;
  if (!revisions.value) return <Loading label="Loading the revisions…" />;
  const newestFirst = [...revisions.value].sort((a, b) => b.revision - a.revision);
  return (
    <div className="revisions" data-testid="revisions">
      {problem && (
        <p className="revisions__problem" role="alert">
          {problem}
        </p>
      )}
      <ol className="card-list" aria-label="Revisions, newest first">
        {newestFirst.map((r) => (
          <li key={r.revision} className="card-list__item" data-testid="revision" data-revision={r.revision} data-reason={r.reason}>
            <div className="revisions__meta">
              <span className="revisions__name">{labelOf(r)}</span>
              <span className="revisions__reason">{REASON_LABEL[r.reason]}</span>
              <time dateTime={r.savedAt}>{formatFullTime(r.savedAt)}</time>
              <span className="revisions__words">{countWords(r.text)} words</span>
            </div>
            <div className="revisions__actions">
              <button type="button" className="button button--small" onClick={() => setComparing({ revision: r, current: currentText() })}>
                Compare with current
              </button>
              <button type="button" className="button button--small" onClick={() => setRestoring(r)}>
                Restore
              </button>
            </div>
          </li>
        ))}
      </ol>
      {comparing && (
        <RevisionCompareDialog label={labelOf(comparing.revision)} revisionText={comparing.revision.text} currentText={comparing.current} onClose={() => setComparing(null)} />
      )}
      {restoring && (
        <Dialog
          title={`Restore ${labelOf(restoring).toLowerCase()}?`}
          description={`The text saved ${formatFullTime(restoring.savedAt) ?? ''} replaces the current one. The current text is kept as a revision first, so this can be undone.`}
          onClose={() => setRestoring(null)}
          size="small"
          testId="revision-restore"
          footer={
            <>
              <button type="button" className="button" onClick={() => setRestoring(null)} disabled={busy}>
                Cancel
              </button>
              <button type="button" className="button button--primary" data-autofocus onClick={() => void restore(restoring)} disabled={busy}>
                {busy ? 'Restoring…' : 'Restore'}
              </button>
            </>
          }
        >
          <p className="revisions__confirm">{countWords(restoring.text)} words, {REASON_LABEL[restoring.reason].toLowerCase()}.</p>
        </Dialog>
      )}
    </div>
  );
}
