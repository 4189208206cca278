import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';

let template: MenuItemConstructorOptions[] = [];
vi.mock('electron', () => ({ Menu: { buildFromTemplate: (t: MenuItemConstructorOptions[]) => ((template = t), {}) } }));
const { buildMenu } = await import('./menu');

const items = (menu: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  menu.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
const byLabel = (label: string) => items(template).find((item) => item.label === label);

describe('application menu', () => {
  it('has File, Edit, View, Window and Help, with the macOS app menu only on macOS', () => {
    const actions = { command: vi.fn(), openDataFolder: vi.fn(), about: vi.fn(), isDev: false };
    buildMenu(actions, 'linux');
    expect(template.map((m) => m.label ?? m.role)).toEqual(['&File', '&Edit', '&View', 'windowMenu', 'help']);
    expect(items(template).some((item) => item.role === 'recentDocuments')).toBe(false);
    buildMenu(actions, 'darwin');
    expect(template[0]!.role).toBe('appMenu');
    const openRecent = byLabel('Open Recent')!;
    expect(openRecent.role).toBe('recentDocuments');
    expect((openRecent.submenu as MenuItemConstructorOptions[]).map((item) => item.role)).toEqual(['clearRecentDocuments']);
  });

  it('sends the UI commands behind the standard accelerators', () => {
    const command = vi.fn();
    buildMenu({ command, openDataFolder: vi.fn(), about: vi.fn(), isDev: false }, 'win32');
    const expectations: [string, string, string][] = [
      ['Import…', 'CmdOrCtrl+O', 'import-files'],
      ['Find in Library', 'CmdOrCtrl+F', 'focus-search'],
      ['Compare', 'CmdOrCtrl+2', 'show-compare'],
      ['Save Draft', 'CmdOrCtrl+S', 'save-draft'],
      ['Export…', 'CmdOrCtrl+E', 'export'],
      ['Export Many…', 'CmdOrCtrl+Shift+E', 'export-many'],
      ['Load Sample Store', '', 'load-sample'],
    ];
    for (const [label, accelerator, sent] of expectations) {
      const item = byLabel(label)!;
      expect(item.accelerator ?? '').toBe(accelerator);
      (item.click as () => void)();
      expect(command).toHaveBeenLastCalledWith(sent);
    }
    expect(items(template).some((item) => item.role === 'toggleDevTools')).toBe(false);
  });

  it('has the standard editing roles, in the usual order', () => {
    buildMenu({ command: vi.fn(), openDataFolder: vi.fn(), about: vi.fn(), isDev: false }, 'linux');
    const edit = template.find((menu) => menu.label === '&Edit')!.submenu as MenuItemConstructorOptions[];
    expect(edit.map((item) => item.role ?? item.type ?? item.label)).toEqual(['undo', 'redo', 'separator', 'cut', 'copy', 'paste', 'pasteAndMatchStyle', 'delete', 'separator', 'selectAll', 'separator', 'Preferences…']);
  });

  it('opens Preferences with Ctrl/⌘+, from Edit on Windows and Linux and from the app menu on macOS', () => {
    const command = vi.fn();
    for (const [platform, label, menu] of [['linux', 'Preferences…', '&Edit'], ['win32', 'Preferences…', '&Edit'], ['darwin', 'Settings…', 'appMenu']] as const) {
      buildMenu({ command, openDataFolder: vi.fn(), about: vi.fn(), isDev: false }, platform);
      const holder = template.find((m) => (m.label ?? m.role) === menu)!;
      const entry = (holder.submenu as MenuItemConstructorOptions[]).find((item) => item.label === label)!;
      expect(entry.accelerator).toBe('CmdOrCtrl+,');
      (entry.click as () => void)();
      expect(command).toHaveBeenLastCalledWith('show-preferences');
      // One place per platform: the other convention's item is not there too.
      expect(items(template).filter((item) => item.accelerator === 'CmdOrCtrl+,')).toHaveLength(1);
    }
    const mac = template[0]!.submenu as MenuItemConstructorOptions[];
    expect(mac.map((item) => item.role).filter(Boolean)).toEqual(['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit']);
  });

  it('opens Keyboard Shortcuts with ⌘/ on macOS and F1 on Windows and Linux', () => {
    const command = vi.fn();
    for (const [platform, accelerator] of [['darwin', 'CmdOrCtrl+/'], ['win32', 'F1'], ['linux', 'F1']] as const) {
      buildMenu({ command, openDataFolder: vi.fn(), about: vi.fn(), isDev: false }, platform);
      const shortcuts = byLabel('Keyboard Shortcuts')!;
      expect(shortcuts.accelerator).toBe(accelerator);
      (shortcuts.click as () => void)();
      expect(command).toHaveBeenLastCalledWith('show-shortcuts');
    }
  });

  it("leaves the editor's formatting keys to the editor", () => {
    buildMenu({ command: vi.fn(), openDataFolder: vi.fn(), about: vi.fn(), isDev: true }, 'linux');
    // A menu accelerator fires before the page sees the key: these would stop bold, italic, link and replace.
    // Undo and redo are the standard roles, which the editor receives as its own history commands.
    const editorKeys = ['CmdOrCtrl+B', 'CmdOrCtrl+I', 'CmdOrCtrl+K', 'CmdOrCtrl+H', 'CmdOrCtrl+Z', 'CmdOrCtrl+Y', 'CmdOrCtrl+Shift+Z'];
    for (const platform of ['linux', 'darwin'] as const) {
      buildMenu({ command: vi.fn(), openDataFolder: vi.fn(), about: vi.fn(), isDev: true }, platform);
      expect(items(template).filter((item) => editorKeys.includes(String(item.accelerator)))).toEqual([]);
    }
  });
});
