import { describe, expect, it } from 'vitest';
import { isPrimaryShortcut, matchesAccelerator, shortcutCommand, shortcutLabel } from './shortcuts';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('shortcutCommand', () => {
  it('maps Ctrl+F and Ctrl+1/2/3 on Linux and Windows', () => {
    expect(shortcutCommand(key('f', { ctrlKey: true }), 'Linux x86_64')).toBe('focus-search');
    expect(shortcutCommand(key('F', { ctrlKey: true }), 'Win32')).toBe('focus-search');
    expect(shortcutCommand(key('1', { ctrlKey: true }), 'Linux x86_64')).toBe('show-copy');
    expect(shortcutCommand(key('2', { ctrlKey: true }), 'Linux x86_64')).toBe('show-compare');
    expect(shortcutCommand(key('3', { ctrlKey: true }), 'Linux x86_64')).toBe('show-merge');
    expect(shortcutCommand(key('s', { ctrlKey: true }), 'Linux x86_64')).toBe('save-draft');
    expect(shortcutCommand(key('e', { ctrlKey: true }), 'Linux x86_64')).toBe('export');
  });

  it('maps Ctrl/⌘+Shift+E to Export Many, and Shift with other keys to nothing', () => {
    expect(shortcutCommand(key('E', { ctrlKey: true, shiftKey: true }), 'Linux x86_64')).toBe('export-many');
    expect(shortcutCommand(key('E', { metaKey: true, shiftKey: true }), 'MacIntel')).toBe('export-many');
    expect(shortcutCommand(key('E', { ctrlKey: true, shiftKey: true }), 'MacIntel')).toBeNull();
    expect(shortcutCommand(key('E', { ctrlKey: true, shiftKey: true, altKey: true }), 'Linux x86_64')).toBeNull();
    expect(shortcutCommand(key('S', { ctrlKey: true, shiftKey: true }), 'Linux x86_64')).toBeNull();
  });

  it('reads modifiers that live on the prototype, as a DOM KeyboardEvent has them', () => {
    const flags = { ctrlKey: true, metaKey: false, altKey: false, shiftKey: true };
    const prototype = Object.defineProperties({}, Object.fromEntries(Object.entries(flags).map(([name, value]) => [name, { get: () => value }])));
    const event = Object.create(prototype, { key: { value: 'E', enumerable: true } }) as ReturnType<typeof key>;
    expect(shortcutCommand(event, 'Linux x86_64')).toBe('export-many');
  });

  it('uses ⌘ on macOS and leaves Ctrl alone there', () => {
    expect(shortcutCommand(key('f', { metaKey: true }), 'MacIntel')).toBe('focus-search');
    expect(shortcutCommand(key('f', { ctrlKey: true }), 'MacIntel')).toBeNull();
    expect(shortcutCommand(key('f', { metaKey: true }), 'Linux x86_64')).toBeNull();
  });

  it('ignores plain keys and other combinations', () => {
    expect(shortcutCommand(key('f'), 'Linux x86_64')).toBeNull();
    expect(shortcutCommand(key('f', { ctrlKey: true, shiftKey: true }), 'Linux x86_64')).toBeNull();
    expect(shortcutCommand(key('4', { ctrlKey: true }), 'Linux x86_64')).toBeNull();
  });
});

describe('the Keyboard Shortcuts key', () => {
  it('answers to ? outside text fields, Ctrl/⌘+/ anywhere and F1 off macOS', () => {
    expect(shortcutCommand(key('?', { shiftKey: true }), 'Linux x86_64')).toBe('show-shortcuts');
    expect(shortcutCommand(key('?', { shiftKey: true }), 'Linux x86_64', true)).toBeNull();
    expect(shortcutCommand(key('/', { ctrlKey: true }), 'Linux x86_64', true)).toBe('show-shortcuts');
    expect(shortcutCommand(key('/', { metaKey: true }), 'MacIntel')).toBe('show-shortcuts');
    expect(shortcutCommand(key('F1'), 'Win32')).toBe('show-shortcuts');
    expect(shortcutCommand(key('F1'), 'MacIntel')).toBeNull();
    expect(shortcutCommand(key('/'), 'Linux x86_64')).toBeNull();
  });
});

describe('matchesAccelerator', () => {
  it('needs exactly the written modifiers, with CmdOrCtrl per platform', () => {
    expect(matchesAccelerator(key('i', { ctrlKey: true, altKey: true }), 'CmdOrCtrl+Alt+I', 'Linux x86_64')).toBe(true);
    expect(matchesAccelerator(key('i', { ctrlKey: true }), 'CmdOrCtrl+Alt+I', 'Linux x86_64')).toBe(false);
    expect(matchesAccelerator(key('ArrowUp'), 'Up', 'Linux x86_64')).toBe(true);
    expect(matchesAccelerator(key('F10', { shiftKey: true }), 'Shift+F10', 'Linux x86_64')).toBe(true);
    expect(matchesAccelerator(key('F10'), 'Shift+F10', 'Linux x86_64')).toBe(false);
  });

  it('matches a letter typed with Option by its physical key, as macOS changes the character', () => {
    expect(matchesAccelerator({ ...key('ƒ', { metaKey: true, altKey: true }), code: 'KeyF' }, 'CmdOrCtrl+Alt+F', 'MacIntel')).toBe(true);
    expect(matchesAccelerator({ ...key('ƒ', { metaKey: true, altKey: true }), code: 'KeyG' }, 'CmdOrCtrl+Alt+F', 'MacIntel')).toBe(false);
  });
});

describe('isPrimaryShortcut', () => {
  it('matches the key with only the platform’s primary modifier', () => {
    expect(isPrimaryShortcut(key('s', { ctrlKey: true }), 's', 'Linux x86_64')).toBe(true);
    expect(isPrimaryShortcut(key('S', { metaKey: true }), 's', 'MacIntel')).toBe(true);
    expect(isPrimaryShortcut(key('s', { ctrlKey: true }), 's', 'MacIntel')).toBe(false);
    expect(isPrimaryShortcut(key('s', { ctrlKey: true, shiftKey: true }), 's', 'Linux x86_64')).toBe(false);
    expect(isPrimaryShortcut(key('d', { ctrlKey: true }), 's', 'Linux x86_64')).toBe(false);
  });
});

describe('shortcutLabel', () => {
  it('names the platform’s modifier', () => {
    expect(shortcutLabel('F', 'display', 'MacIntel')).toBe('⌘F');
    expect(shortcutLabel('F', 'display', 'Linux x86_64')).toBe('Ctrl+F');
    expect(shortcutLabel('F', 'aria', 'Win32')).toBe('Control+F');
    expect(shortcutLabel('Shift+Z', 'display', 'MacIntel')).toBe('⇧⌘Z');
  });
});

describe('the Preferences key', () => {
  it('answers to Ctrl+, off macOS and ⌘, on macOS, even in a text field, and not to a bare comma', () => {
    expect(shortcutCommand(key(',', { ctrlKey: true }), 'Linux x86_64', true)).toBe('show-preferences');
    expect(shortcutCommand(key(',', { metaKey: true }), 'MacIntel')).toBe('show-preferences');
    expect(shortcutCommand(key(',', { ctrlKey: true }), 'MacIntel')).toBeNull();
    expect(shortcutCommand(key(','), 'Linux x86_64')).toBeNull();
  });
});
