import type { KeyboardEvent, ReactNode } from 'react';
import { Icon, type IconName } from '../ui/Icon';
import { shortcutLabel } from './shortcuts';

export type WorkspaceTab = 'copy' | 'compare' | 'merge';

const TABS: { id: WorkspaceTab; label: string; icon: IconName; key: string }[] = [
  { id: 'copy', label: 'Copy', icon: 'document', key: '1' },
  { id: 'compare', label: 'Compare', icon: 'compare', key: '2' },
  { id: 'merge', label: 'Merge', icon: 'merge', key: '3' },
];

/** The centre pane: one tab panel at a time, switched by click, ←/→ on the tabs or Ctrl/⌘+1/2/3. */
export function Workspace({ tab, onTab, panels }: { tab: WorkspaceTab; onTab: (tab: WorkspaceTab) => void; panels: Record<WorkspaceTab, ReactNode> }) {
  const onKeyDown = (event: KeyboardEvent) => {
    const index = TABS.findIndex((t) => t.id === tab);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = TABS[(index + step + TABS.length) % TABS.length]!;
    onTab(next.id);
    document.getElementById(`tab-${next.id}`)?.focus();
  };
  return (
    <main className="pane workspace" aria-label="Workspace">
      <div role="tablist" aria-label="Workspace views" className="workspace__tabs" onKeyDown={onKeyDown}>
        {TABS.map(({ id, label, icon, key }) => (
          <button
            key={id}
            id={`tab-${id}`}
            type="button"
            role="tab"
            aria-selected={tab === id}
            aria-controls={`panel-${id}`}
            aria-keyshortcuts={shortcutLabel(key, 'aria')}
            tabIndex={tab === id ? 0 : -1}
            className="workspace__tab"
            title={`${label} (${shortcutLabel(key, 'display')})`}
            onClick={() => onTab(id)}
          >
            <Icon name={icon} size={15} />
            {label}
          </button>
        ))}
      </div>
      <div id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`} className="workspace__panel" tabIndex={-1}>
        {panels[tab]}
      </div>
    </main>
  );
}
