import type { Settings } from '../../shared/domain/model';
import { MenuButton, type MenuItem } from '../ui/MenuButton';
import { shortcutLabel } from './shortcuts';
import iconUrl from '../../resources/icon.svg';

interface Props {
  theme: Settings['theme'];
  onTheme: (theme: Settings['theme']) => void;
  inspectorVisible: boolean;
  onToggleInspector: () => void;
  /** Electron has these in its native menu bar; the browser twin needs them in the page. */
  showHelpMenu: boolean;
  onLoadSample: () => void;
  onShowShortcuts: () => void;
  onShowPreferences: () => void;
  importItems: MenuItem[];
  exportItems: MenuItem[];
}

const THEMES: { value: Settings['theme']; label: string }[] = [
  { value: 'system', label: 'Match system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

export function Header({ theme, onTheme, inspectorVisible, onToggleInspector, showHelpMenu, onLoadSample, onShowShortcuts, onShowPreferences, importItems, exportItems }: Props) {
  const viewItems: MenuItem[] = [
    ...THEMES.map(
      ({ value, label }, index): MenuItem => ({
        label,
        kind: 'radio',
        checked: theme === value,
        onSelect: () => onTheme(value),
        ...(index === 0 ? { section: 'Theme' } : {}),
      }),
    ),
    { label: 'Inspector', kind: 'checkbox', checked: inspectorVisible, onSelect: onToggleInspector, section: 'Panes' },
  ];
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <img src={iconUrl} alt="" width={20} height={20} />
        <span className="app-header__name">Copydesk</span>
      </div>
      <div className="app-header__menus">
        <MenuButton label="Import" items={importItems} />
        <MenuButton label="Export" items={exportItems} />
        {showHelpMenu && <MenuButton label="Edit" items={[{ label: 'Preferences…', onSelect: onShowPreferences, shortcut: shortcutLabel(',', 'display') }]} />}
        <MenuButton label="View" items={viewItems} />
        {showHelpMenu && (
          <MenuButton
            label="Help"
            items={[
              { label: 'Keyboard shortcuts', onSelect: onShowShortcuts, shortcut: shortcutLabel('/', 'display') },
              { label: 'Load sample store', onSelect: onLoadSample },
            ]}
          />
        )}
      </div>
    </header>
  );
}
