import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';
import './ui.css';

/** A calm, centred explanation of what a pane will show and how to get there. */
export function EmptyState({ icon, title, children, testId }: { icon: IconName; title: string; children?: ReactNode; testId?: string }) {
  return (
    <div className="empty-state" data-testid={testId}>
      <div className="icon-tile">
        <Icon name={icon} size={28} />
      </div>
      <h2 className="empty-state__title">{title}</h2>
      {children && <div className="empty-state__body">{children}</div>}
    </div>
  );
}
