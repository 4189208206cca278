import { describe, expect, it } from 'vitest';
import { SHORTCUT_GROUPS } from '../../../shared/ui/shortcuts-table';
import { shortcutSections } from './shortcutRows';

const row = (sections: ReturnType<typeof shortcutSections>, action: string) => sections.flatMap((s) => s.rows).find((r) => r.action === action);

describe('shortcutSections', () => {
  it('groups the rows in the table order and writes keys the platform’s way', () => {
    const mac = shortcutSections('mac', 'electron');
    const linux = shortcutSections('other', 'electron');
    expect(mac.map((s) => s.group)).toEqual(SHORTCUT_GROUPS.filter((g) => mac.some((s) => s.group === g)));
    expect(linux.map((s) => s.group)).toEqual(expect.arrayContaining(['Library', 'Tabs', 'Editor', 'Find', 'Merge', 'Export', 'Import']));
    expect(row(mac, 'Export Many…')?.keys).toEqual(['⇧⌘E']);
    expect(row(linux, 'Export Many…')?.keys).toEqual(['Ctrl+Shift+E']);
    expect(row(linux, 'Keyboard shortcuts')?.keys).toEqual(['F1', 'Ctrl+/', '?']);
    expect(row(mac, 'Redo')?.keys).toEqual(['⇧⌘Z']);
  });

  it('leaves menu-only keys out of the browser twin', () => {
    expect(row(shortcutSections('other', 'electron'), 'Import files…')?.keys).toEqual(['Ctrl+O']);
    expect(row(shortcutSections('other', 'web'), 'Import files…')).toBeUndefined();
    expect(row(shortcutSections('other', 'web'), 'Save the draft')?.keys).toEqual(['Ctrl+S']);
  });
});
