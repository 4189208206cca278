import type { DraftStatus, DraftSummary } from '../../../shared/domain/model';
import { formatShortTime } from '../../ui/formatTime';
import { Icon } from '../../ui/Icon';

export const STATUS_LABELS: Record<DraftStatus, string> = { draft: 'Draft', ready: 'Ready', exported: 'Exported' };

/** The visible content of a draft row: its title, where it is in the desk's flow, and when it was last edited. */
export function DraftRow({ draft, now }: { draft: DraftSummary; now: Date }) {
  const when = formatShortTime(draft.updatedAt, now);
  return (
    <div className="draft-row">
      <div className="draft-row__top">
        <span className="draft-row__title">{draft.title || 'Untitled draft'}</span>
        {when && (
          <time className="row-time" dateTime={draft.updatedAt}>
            {when}
          </time>
        )}
      </div>
      <span className={`draft-status draft-status--${draft.status}`} data-testid="draft-status">
        {STATUS_LABELS[draft.status]}
      </span>
    </div>
  );
}

/** The drafts section's heading row. */
export function DraftsHeadingRow({ count, expanded }: { count: number; expanded: boolean }) {
  return (
    <div className="story-row">
      <Icon name="chevron" size={14} className={`story-row__chevron${expanded ? ' is-open' : ''}`} />
      <span className="drafts-row__label">Drafts</span>
      <span className="story-row__count">{count}</span>
    </div>
  );
}
