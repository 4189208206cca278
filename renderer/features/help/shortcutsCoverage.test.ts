import { describe, expect, it } from 'vitest';
import { SHORTCUTS, shortcutsFor, type ShortcutGroup } from '../../../shared/ui/shortcuts-table';
import { matchesAccelerator, shortcutCommand } from '../../app/shortcuts';
import { editorShortcut } from '../editor/editorShortcuts';
import type { TreeRow } from '../library/libraryTree';
import { rowCommand, treeAction } from '../library/treeKeys';

// Every key press a keyboard can make that the app's handlers might look at: letters, digits, function and
// named keys, a few symbols, each with every combination of modifiers. A handler that answers one of them
// must find that key in the shortcuts table, or the Keyboard Shortcuts dialog would not tell anyone about it.
const LETTERS = 'abcdefghijklmnopqrstuvwxyz'.split('');
const KEYS = [
  ...LETTERS,
  ...'0123456789/?'.split(''),
  ...Array.from({ length: 12 }, (_, i) => `F${i + 1}`),
  ...['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'Enter', ' ', 'Escape', 'Delete', 'Backspace', 'ContextMenu', 'Tab'],
];
const MODIFIERS = Array.from({ length: 16 }, (_, bits) => ({ ctrlKey: !!(bits & 1), metaKey: !!(bits & 2), altKey: !!(bits & 4), shiftKey: !!(bits & 8) }));
const PLATFORMS = [
  ['MacIntel', 'mac'],
  ['Linux x86_64', 'other'],
] as const;
const presses = KEYS.flatMap((key) =>
  MODIFIERS.map((mods) => ({ key, code: LETTERS.includes(key) ? `Key${key.toUpperCase()}` : '', ...mods })),
);
type Press = (typeof presses)[number];
const describePress = (press: Press) =>
  `${['ctrlKey', 'metaKey', 'altKey', 'shiftKey'].filter((m) => press[m as keyof Press]).join('+')} "${press.key}"`;

// Presses a handler accepts that the table deliberately does not advertise, each with its reason. Anything
// else a handler answers and the table lacks fails the test.
const UNADVERTISED: Record<string, string> = {
  // The editor's replace takes Ctrl or ⌘ with ⌥F on any system; the table shows the platform's own modifier.
  'MacIntel ctrlKey+altKey "f"': 'Ctrl with Option on a Mac',
  'MacIntel ctrlKey+metaKey+altKey "f"': 'both modifiers on a Mac',
  'Linux x86_64 metaKey+altKey "f"': 'the Super key with Alt',
  'Linux x86_64 ctrlKey+metaKey+altKey "f"': 'both modifiers',
  // macOS hides the app on ⌘H before the page sees it; the table offers ⌥⌘F there instead.
  'MacIntel metaKey "h"': '⌘H is Hide on macOS',
  // The Menu key with Shift still opens the row menu; Shift+F10 and Menu are the keys to learn.
  'MacIntel shiftKey "ContextMenu"': 'Shift+Menu',
  'Linux x86_64 shiftKey "ContextMenu"': 'Shift+Menu',
};
const advertised = (press: Press, platform: string) => UNADVERTISED[`${platform} ${describePress(press)}`] === undefined;

const listed = (press: Press, platform: (typeof PLATFORMS)[number], groups: ShortcutGroup[]): boolean =>
  shortcutsFor(platform[1]).some((row) => groups.includes(row.group) && row.keys.some((keys) => matchesAccelerator(press, keys, platform[0])));

describe('the shortcuts table lists every key the app handles', () => {
  it('covers the window-wide commands', () => {
    for (const platform of PLATFORMS) {
      const handled = presses.filter((press) => shortcutCommand(press, platform[0]) !== null);
      expect(handled.length).toBeGreaterThan(8);
      for (const press of handled) {
        const command = shortcutCommand(press, platform[0]);
        const rows = shortcutsFor(platform[1]).filter((row) => row.command === command && row.keys.some((keys) => matchesAccelerator(press, keys, platform[0])));
        expect(rows, describePress(press)).not.toEqual([]);
      }
    }
  });

  it("covers the editor's own keys (find, replace, link)", () => {
    for (const platform of PLATFORMS) {
      const missing = presses.filter((press) => editorShortcut(press, platform[0]) !== null && advertised(press, platform[0]) && !listed(press, platform, ['Editor', 'Find']));
      expect(missing.map(describePress), platform[0]).toEqual([]);
    }
  });

  it("covers the library tree's keys", () => {
    const story = { key: 's1', kind: 'story', story: {}, copies: [], expanded: false, level: 1 } as unknown as TreeRow;
    const copy = { key: 'c1', kind: 'copy', copy: { id: 'c1' }, parentKey: 's1', level: 2 } as unknown as TreeRow;
    const open = { ...story, expanded: true } as TreeRow;
    const cases: [TreeRow[], string][] = [
      [[story], 's1'],
      [[open, copy], 's1'],
      [[open, copy], 'c1'],
    ];
    for (const platform of PLATFORMS) {
      for (const press of presses.filter((p) => !p.ctrlKey && !p.metaKey && !p.altKey && !p.shiftKey)) {
        const acts = cases.some(([rows, active]) => treeAction(rows, active, press.key).type !== 'none');
        if (acts) expect(listed(press, platform, ['Library']), describePress(press)).toBe(true);
      }
      const missing = presses.filter((press) => rowCommand(press) !== null && advertised(press, platform[0]) && !listed(press, platform, ['Library']));
      expect(missing.map(describePress)).toEqual([]);
    }
  });

  it('names each action once per platform and group', () => {
    for (const platform of ['mac', 'other'] as const) {
      const names = shortcutsFor(platform).map((row) => `${row.group}: ${row.action}`);
      expect(new Set(names).size).toBe(names.length);
    }
    expect(SHORTCUTS.every((row) => row.keys.length > 0)).toBe(true);
  });
});
