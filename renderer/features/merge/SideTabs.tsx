import type { KeyboardEvent, ReactNode } from 'react';

export type SideTab = 'decisions' | 'style' | 'revisions';

const TABS: { id: SideTab; label: string }[] = [
  { id: 'decisions', label: 'Decisions' },
  { id: 'style', label: 'Style' },
  { id: 'revisions', label: 'Revisions' },
];

/** The side column beside the editor: one panel at a time, tabs following the ARIA tabs pattern (←/→). */
export function SideTabs({ tab, onTab, hasPlan, children }: { tab: SideTab; onTab: (tab: SideTab) => void; hasPlan: boolean; children: ReactNode }) {
  // A draft not made by merging has no decisions to show.
  const tabs = hasPlan ? TABS : TABS.filter((t) => t.id !== 'decisions');
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const index = tabs.findIndex((t) => t.id === tab);
    const next = tabs[(index + step + tabs.length) % tabs.length]!;
    onTab(next.id);
    document.getElementById(`merge-side-tab-${next.id}`)?.focus();
  };
  return (
    <aside className="merge-side" aria-label="Decisions, style and revisions">
      <div role="tablist" aria-label="Side panels" className="merge-side__tabs" onKeyDown={onKeyDown}>
        {tabs.map(({ id, label }) => (
          <button
            key={id}
            id={`merge-side-tab-${id}`}
            type="button"
            role="tab"
            aria-selected={tab === id}
            aria-controls="merge-side-panel"
            tabIndex={tab === id ? 0 : -1}
            className="merge-side__tab"
            onClick={() => onTab(id)}
          >
            {label}
          </button>
        ))}
      </div>
      <div id="merge-side-panel" role="tabpanel" aria-labelledby={`merge-side-tab-${tab}`} className="merge-side__panel">
        {children}
      </div>
    </aside>
  );
}
