import type { ReactNode } from 'react';
import type { ImportReport } from '../../../shared/api/contract';
import { Icon } from '../../ui/Icon';
import { describeImport, failureSummary } from './importReport';

/** Entries listed per section: a 1,000-file import (or export) must not put a thousand links in the panel at once. */
export const LIST_BUDGET = 50;

interface Props {
  report: ImportReport;
  note: string | null;
  onOpen: (copyId: string) => void;
  onClose: () => void;
}

/** One titled, counted list of a summary; the batch export's summary uses it too. */
export function SummarySection({ title, count, children, tone }: { title: string; count: number; children: ReactNode; tone?: 'danger' }) {
  if (count === 0) return null;
  return (
    <section className={`import-summary__section${tone ? ` is-${tone}` : ''}`} aria-label={title}>
      <h3 className="import-summary__section-title">
        {title} <span className="import-summary__count">{count.toLocaleString()}</span>
      </h3>
      <ul className="import-summary__list">{children}</ul>
      {count > LIST_BUDGET && <p className="import-summary__more">and {(count - LIST_BUDGET).toLocaleString()} more</p>}
    </section>
  );
}

/** What the last import did: each new copy one click away, each duplicate pointing at the copy already kept, each failure with its reason. */
export function ImportSummary({ report, note, onOpen, onClose }: Props) {
  const failures = failureSummary(report);
  return (
    <div className="import-summary" data-testid="import-summary">
      <header className="import-summary__header">
        <h2 id="import-summary-title" className="import-summary__title">
          {report.cancelled ? 'Import cancelled' : 'Import finished'}
        </h2>
        <button type="button" className="dialog__close" aria-label="Close the import summary" onClick={onClose}>
          <Icon name="close" size={15} />
        </button>
      </header>
      <div className="import-summary__body">
        <p className="import-summary__lead">
          {describeImport(report)}
          {failures && ` ${failures}.`}
        </p>
        {note && <p className="import-summary__note">{note}</p>}
        <SummarySection title="Imported" count={report.imported.length}>
          {report.imported.slice(0, LIST_BUDGET).map((copy) => (
            <li key={copy.id}>
              <button type="button" className="link-button" onClick={() => onOpen(copy.id)}>
                {copy.headline ?? 'Untitled copy'}
              </button>
              <span className="import-summary__detail">{[copy.outlet, copy.origin.source].filter(Boolean).join(' · ')}</span>
            </li>
          ))}
        </SummarySection>
        <SummarySection title="Already in the library" count={report.duplicates.length}>
          {report.duplicates.slice(0, LIST_BUDGET).map((duplicate, index) => (
            <li key={`${duplicate.existingId}-${index}`}>
              <span className="import-summary__source">{duplicate.source}</span>
              <span className="import-summary__detail">
                already in the library as{' '}
                <button type="button" className="link-button" onClick={() => onOpen(duplicate.existingId)}>
                  {duplicate.headline ? `“${duplicate.headline}”` : 'an untitled copy'}
                </button>
              </span>
            </li>
          ))}
        </SummarySection>
        <SummarySection title="Could not be imported" count={report.failed.length} tone="danger">
          {report.failed.slice(0, LIST_BUDGET).map((failure, index) => (
            <li key={`${failure.source}-${index}`} data-testid="import-failure">
              <span className="import-summary__source">{failure.source}</span>
              <span className="import-summary__detail">{failure.message}</span>
            </li>
          ))}
        </SummarySection>
      </div>
    </div>
  );
}
