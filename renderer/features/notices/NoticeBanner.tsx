import { useState } from 'react';
import type { StoreNotice } from '../../../shared/api/contract';
import { Icon } from '../../ui/Icon';
import './notices.css';

const noticeKey = (notice: StoreNotice): string => `${notice.at}|${notice.file}|${notice.kind}`;

/**
 * Store notices (a corrupt file moved aside, a read-only folder) stated plainly at the top of the window
 * until the editor dismisses them: they explain why something they stored may look different.
 */
export function NoticeBanner({ notices }: { notices: StoreNotice[] }) {
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const visible = notices.filter((notice) => !dismissed.has(noticeKey(notice)));
  if (visible.length === 0) return null;
  return (
    <div className="notices" role="region" aria-label="Store notices">
      {visible.map((notice) => (
        <div key={noticeKey(notice)} className="notice" role="alert" data-testid="notice">
          <Icon name="alert" size={16} className="notice__icon" />
          <p className="notice__text">{notice.message}</p>
          <button
            type="button"
            className="notice__dismiss"
            aria-label="Dismiss this notice"
            onClick={() => setDismissed((previous) => new Set(previous).add(noticeKey(notice)))}
          >
            <Icon name="close" size={14} />
          </button>
        </div>
      ))}
    </div>
  );
}
