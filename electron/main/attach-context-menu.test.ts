import { describe, expect, it, vi } from 'vitest';
import type { ContextMenuParams, MenuItemConstructorOptions, WebContents } from 'electron';

const shown: MenuItemConstructorOptions[][] = [];
const writeText = vi.fn();
vi.mock('electron', () => ({
  BrowserWindow: { fromWebContents: () => null },
  clipboard: { writeText: (text: string) => writeText(text) },
  Menu: { buildFromTemplate: (template: MenuItemConstructorOptions[]) => ({ popup: () => shown.push(template) }) },
}));
const { attachContextMenu } = await import('./attach-context-menu');

const flags = { canUndo: false, canRedo: false, canCut: true, canCopy: true, canPaste: true, canDelete: true, canSelectAll: true, canEditRichly: true };
const params = (overrides: Partial<ContextMenuParams>) =>
  ({ isEditable: true, editFlags: flags, selectionText: '', misspelledWord: '', dictionarySuggestions: [], linkURL: '', ...overrides }) as ContextMenuParams;

function setUp() {
  let listener: (event: unknown, params: ContextMenuParams) => void = () => {};
  const contents = { on: (_name: string, fn: typeof listener) => (listener = fn), replaceMisspelling: vi.fn() };
  const spelling = { suggest: vi.fn(() => ['receive']), addWord: vi.fn() };
  attachContextMenu(contents as unknown as WebContents, spelling);
  shown.length = 0;
  return { contents, spelling, rightClick: (p: ContextMenuParams) => listener({}, p) };
}

describe('attachContextMenu', () => {
  it('asks the offline checker for guesses when Chromium gave none, and replaces the word with the one picked', () => {
    const { contents, spelling, rightClick } = setUp();
    rightClick(params({ misspelledWord: 'recieve' }));
    expect(spelling.suggest).toHaveBeenCalledWith('recieve');
    const guess = shown[0]![0]!;
    expect(guess.label).toBe('receive');
    (guess.click as () => void)();
    expect(contents.replaceMisspelling).toHaveBeenCalledWith('receive');
    (shown[0]!.find((item) => item.label === 'Add to Dictionary')!.click as () => void)();
    expect(spelling.addWord).toHaveBeenCalledWith('recieve');
  });

  it('uses Chromium’s own guesses when it has them (macOS)', () => {
    const { spelling, rightClick } = setUp();
    rightClick(params({ misspelledWord: 'colr', dictionarySuggestions: ['colour', 'color'] }));
    expect(spelling.suggest).not.toHaveBeenCalled();
    expect(shown[0]!.slice(0, 2).map((item) => item.label)).toEqual(['colour', 'color']);
  });

  it('copies a link to the clipboard and shows nothing over an image', () => {
    const { rightClick } = setUp();
    rightClick(params({ isEditable: false, linkURL: 'https://example.org/' }));
    (shown[0]![0]!.click as () => void)();
    expect(writeText).toHaveBeenCalledWith('https://example.org/');
    rightClick(params({ isEditable: false }));
    expect(shown).toHaveLength(1);
  });
});
