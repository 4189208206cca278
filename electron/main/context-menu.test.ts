import { describe, expect, it, vi } from 'vitest';
import { contextMenuTemplate, MAX_SUGGESTIONS, type ContextMenuFacts } from './context-menu';

// Params as Electron 41 reports them (trimmed to the fields the menu reads), recorded from right-clicks.
const flags = { canUndo: false, canRedo: false, canCut: false, canCopy: false, canPaste: true, canDelete: false, canSelectAll: true, canEditRichly: true };
const inEditor: ContextMenuFacts = { isEditable: true, editFlags: flags, selectionText: '', misspelledWord: '', dictionarySuggestions: [], linkURL: '' };
const onMisspelling: ContextMenuFacts = { ...inEditor, misspelledWord: 'recieve', editFlags: { ...flags, canCut: true, canCopy: true } };
const onSelectedArticleText: ContextMenuFacts = { ...inEditor, isEditable: false, selectionText: 'Metropolitan Police', editFlags: { ...flags, canPaste: false, canCopy: true } };
const onLink: ContextMenuFacts = { ...inEditor, isEditable: false, linkURL: 'https://example.org/story' };
const onImage: ContextMenuFacts = { ...inEditor, isEditable: false };

const actions = () => ({ replaceMisspelling: vi.fn(), addToDictionary: vi.fn(), copyLink: vi.fn() });
const shape = (template: ReturnType<typeof contextMenuTemplate>) => template.map((item) => item.role ?? item.label ?? item.type);

describe('contextMenuTemplate', () => {
  it('offers the editing commands in editable text, enabled as the edit flags say', () => {
    const template = contextMenuTemplate(inEditor, [], actions());
    expect(shape(template)).toEqual(['cut', 'copy', 'paste', 'pasteAndMatchStyle', 'separator', 'selectAll']);
    expect(template.map((item) => item.enabled)).toEqual([false, false, true, true, undefined, true]);
  });

  it('puts the spelling guesses first; each replaces the word, and the word can be added', () => {
    const act = actions();
    const template = contextMenuTemplate(onMisspelling, ['receive', 'relieve'], act);
    expect(shape(template).slice(0, 5)).toEqual(['receive', 'relieve', 'separator', 'Add to Dictionary', 'separator']);
    (template[1]!.click as () => void)();
    expect(act.replaceMisspelling).toHaveBeenCalledWith('relieve');
    (template[3]!.click as () => void)();
    expect(act.addToDictionary).toHaveBeenCalledWith('recieve');
    expect(template.find((item) => item.role === 'cut')?.enabled).toBe(true);
  });

  it('says when there is no guess, and keeps the list short', () => {
    expect(contextMenuTemplate(onMisspelling, [], actions())[0]).toMatchObject({ label: 'No Spelling Suggestions', enabled: false });
    const many = Array.from({ length: 20 }, (_, i) => `guess${i}`);
    expect(contextMenuTemplate(onMisspelling, many, actions()).filter((item) => item.label?.startsWith('guess'))).toHaveLength(MAX_SUGGESTIONS);
  });

  it('offers only Copy on selected read-only text', () => {
    expect(shape(contextMenuTemplate(onSelectedArticleText, [], actions()))).toEqual(['copy']);
  });

  it('copies a link and never opens it; images get no menu', () => {
    const act = actions();
    const template = contextMenuTemplate(onLink, [], act);
    expect(shape(template)).toEqual(['Copy Link']);
    (template[0]!.click as () => void)();
    expect(act.copyLink).toHaveBeenCalledWith('https://example.org/story');
    expect(contextMenuTemplate(onImage, [], act)).toEqual([]);
  });
});
