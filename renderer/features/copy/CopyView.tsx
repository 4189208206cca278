import { EmptyState } from '../../ui/EmptyState';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';
import type { Query } from '../../api/useQuery';
import type { WireCopy } from '../../../shared/domain/model';
import { RemovedLines } from './RemovedLines';
import './copy.css';

/** The opened copy as a reader would see it: headline, who and when, then the cleaned text. */
export function CopyView({ copyId, copy }: { copyId: string | null; copy: Query<WireCopy> }) {
  if (!copyId) {
    return (
      <EmptyState icon="document" title="No copy open">
        <p>Choose a copy in the library to read its cleaned text here.</p>
      </EmptyState>
    );
  }
  if (copy.status === 'error') return <ErrorMessage error={copy.error} onRetry={copy.reload} />;
  if (!copy.value || copy.value.id !== copyId) return <Loading label="Opening the copy…" />;
  const { headline, outlet, published, byline, dateline, paragraphs, removed } = copy.value;
  const meta = [outlet, published, byline, dateline].filter((part): part is string => Boolean(part));
  return (
    <article className="copy-view" data-testid="copy-view" aria-labelledby="copy-headline">
      <header className="copy-view__header">
        <h1 id="copy-headline" className="copy-view__headline" data-testid="copy-headline">
          {headline ?? 'Untitled copy'}
        </h1>
        {meta.length > 0 && <p className="copy-view__meta">{meta.join(' · ')}</p>}
      </header>
      <div className="copy-view__body">
        {paragraphs.map((paragraph, index) => (
          <p key={index} data-testid="copy-paragraph">
            {paragraph}
          </p>
        ))}
        {paragraphs.length === 0 && <p className="copy-view__none">This copy has no text left after cleaning.</p>}
      </div>
      <RemovedLines copyId={copyId} lines={removed} onRestored={copy.reload} />
    </article>
  );
}
