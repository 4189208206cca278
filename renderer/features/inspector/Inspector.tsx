import type { Query } from '../../api/useQuery';
import type { WireCopy } from '../../../shared/domain/model';
import { wordsOf } from '../../../shared/domain/text/fold';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { MetaList } from '../../ui/MetaList';
import { formatFullTime } from '../../ui/formatTime';
import { StoryVersions } from './StoryVersions';
import './inspector.css';

interface Props {
  copyId: string | null;
  copy: Query<WireCopy>;
  onOpen: (copyId: string) => void;
}

/** Everything known about the open copy: where it came from, how it was read, and its sibling versions. */
export function Inspector({ copyId, copy, onOpen }: Props) {
  const value = copy.value && copy.value.id === copyId ? copy.value : null;
  return (
    <aside className="pane inspector" aria-label="Inspector" data-testid="inspector">
      <h2 className="inspector__title">Inspector</h2>
      {!copyId && (
        <EmptyState icon="info" title="Nothing selected">
          <p>Details of the open copy appear here.</p>
        </EmptyState>
      )}
      {copyId && copy.status === 'error' && <ErrorMessage error={copy.error} onRetry={copy.reload} />}
      {value && (
        <div className="inspector__body">
          <section aria-labelledby="inspector-copy">
            <h3 id="inspector-copy" className="inspector__section">
              Copy
            </h3>
            <MetaList
              fields={[
                { label: 'Outlet', value: value.outlet },
                { label: 'Headline', value: value.headline },
                { label: 'Published', value: value.published },
                { label: 'Published at', value: formatFullTime(value.publishedAt), title: value.publishedAt ?? undefined },
                { label: 'Byline', value: value.byline },
                { label: 'Dateline', value: value.dateline },
                { label: 'Words', value: wordsOf(value.paragraphs.join(' ')).length.toLocaleString() },
              ]}
            />
          </section>
          <section aria-labelledby="inspector-source">
            <h3 id="inspector-source" className="inspector__section">
              Source
            </h3>
            <MetaList
              fields={[
                { label: 'File', value: value.origin.source },
                { label: 'Format', value: value.origin.format },
                { label: 'Imported', value: formatFullTime(value.importedAt), title: value.importedAt },
              ]}
            />
          </section>
          <section aria-labelledby="inspector-story">
            <h3 id="inspector-story" className="inspector__section">
              Story
            </h3>
            {value.storyId ? (
              <StoryVersions storyId={value.storyId} openCopyId={value.id} onOpen={onOpen} />
            ) : (
              <p className="inspector__note">This copy is not grouped with any other version.</p>
            )}
          </section>
        </div>
      )}
    </aside>
  );
}
