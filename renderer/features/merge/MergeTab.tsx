import type { Draft, QuoteStyle } from '../../../shared/domain/model';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';
import { MergeStart } from './MergeStart';
import { MergeWorkspace } from './MergeWorkspace';
import { newestDraftOf, useDrafts } from './useDrafts';
import { useOpenDraft } from './useOpenDraft';
import './merge.css';

interface Props {
  /** The story of the copy open in the library. */
  storyId: string | null;
  /** A draft opened from the library (or just started): it wins over the story's newest draft. */
  draftId: string | null;
  onOpenDraft: (draftId: string) => void;
  quoteStyle: QuoteStyle;
  /** The status bar's live message. */
  report: (message: string) => void;
}

/**
 * The Merge tab: the draft opened from the library, else the open story's newest draft, else the choice of
 * how to merge the story's versions into a new one.
 */
export function MergeTab({ storyId, draftId, onOpenDraft, quoteStyle, report }: Props) {
  const drafts = useDrafts(draftId === null && storyId !== null);
  if (draftId) return <DraftEditorLoader key={draftId} draftId={draftId} quoteStyle={quoteStyle} report={report} onOpenDraft={onOpenDraft} />;
  if (!storyId) {
    return (
      <EmptyState icon="merge" title="Merge into one clean article" testId="merge-empty">
        <p>Merge builds one article from every version of a story, keeping track of where each sentence came from. Open a copy of a story, or a draft, in the library.</p>
      </EmptyState>
    );
  }
  if (drafts.status === 'error') return <ErrorMessage error={drafts.error} onRetry={drafts.reload} />;
  if (!drafts.value) return <Loading label="Looking for drafts of this story…" />;
  const newest = newestDraftOf(drafts.value, storyId);
  if (newest) return <DraftEditorLoader key={newest.id} draftId={newest.id} quoteStyle={quoteStyle} report={report} onOpenDraft={onOpenDraft} />;
  return <MergeStart key={storyId} storyId={storyId} onStarted={(draft: Draft) => onOpenDraft(draft.id)} />;
}

interface LoaderProps {
  draftId: string;
  quoteStyle: QuoteStyle;
  report: (message: string) => void;
  onOpenDraft: (draftId: string) => void;
}

function DraftEditorLoader({ draftId, quoteStyle, report, onOpenDraft }: LoaderProps) {
  const { load, replace, retry } = useOpenDraft(draftId);
  if (load.status === 'loading') return <Loading label="Opening the draft…" />;
  if (load.status === 'error') return <ErrorMessage error={load.error} onRetry={retry} />;
  const { opened, generation } = load;
  if (!opened.ok) return <ErrorMessage error={{ code: 'unreadable', message: opened.message }} onRetry={retry} />;
  return <MergeWorkspace key={`${opened.draft.id}:${opened.draft.revision}:${generation}`} draft={opened.draft} document={opened.document} quoteStyle={quoteStyle} onReplace={replace} onOpenDraft={onOpenDraft} report={report} />;
}
