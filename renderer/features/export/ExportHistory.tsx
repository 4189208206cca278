import type { Draft } from '../../../shared/domain/model';
import { useApi } from '../../api/ApiContext';
import { useEvent } from '../../api/useEvent';
import { useQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { formatFullTime } from '../../ui/formatTime';
import { historyRows, timeAgo } from './exportHistory';
import './export.css';

/**
 * The files written from the open draft, newest first. Read from the stored draft (exports are recorded
 * without a new revision) and read again whenever the library changes, which every export announces.
 */
export function ExportHistory({ draftId }: { draftId: string }) {
  const { api } = useApi();
  const draft = useQuery<Draft>(`export-history:${draftId}`, () => api['drafts.get']({ id: draftId }));
  useEvent('library.changed', draft.reload);
  const rows = historyRows(draft.value?.exports ?? []);
  const now = new Date();
  return (
    <section className="export-history" aria-labelledby="export-history-title" data-testid="export-history">
      <h3 id="export-history-title" className="export-history__title">
        Exports <span className="export-history__count">{rows.length}</span>
      </h3>
      {draft.status === 'error' && <ErrorMessage error={draft.error} onRetry={draft.reload} />}
      {draft.value && rows.length === 0 && <p className="export-history__empty">Not exported yet.</p>}
      {rows.length > 0 && (
        <ol className="card-list" aria-label="Exports, newest first">
          {rows.map((row) => (
            <li key={row.key} className="card-list__item export-history__item" data-testid="export-record">
              <div className="export-history__meta">
                <span className="export-history__format">{row.format}</span>
                <time dateTime={row.at} title={formatFullTime(row.at) ?? row.at}>
                  {timeAgo(row.at, now)}
                </time>
              </div>
              <span className="export-history__name">{row.name}</span>
              <span className="export-history__folder" title={row.folder}>
                in {row.folder} · revision {row.revision}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
