import { describe, expect, it } from 'vitest';
import { formatKeys, shortcutPlatform } from './format-keys';

describe('formatKeys', () => {
  it('writes macOS modifiers as symbols in the ⌃⌥⇧⌘ order', () => {
    expect(formatKeys('CmdOrCtrl+Shift+E', 'mac')).toBe('⇧⌘E');
    expect(formatKeys('CmdOrCtrl+Alt+F', 'mac')).toBe('⌥⌘F');
    expect(formatKeys('CmdOrCtrl+/', 'mac')).toBe('⌘/');
  });

  it('spells modifiers out elsewhere, Ctrl first', () => {
    expect(formatKeys('CmdOrCtrl+Shift+E', 'other')).toBe('Ctrl+Shift+E');
    expect(formatKeys('Shift+CmdOrCtrl+Alt+I', 'other')).toBe('Ctrl+Alt+Shift+I');
    expect(formatKeys('F1', 'other')).toBe('F1');
  });

  it('names arrows and Escape as keyboards print them, and keeps the plus key', () => {
    expect(formatKeys('Up', 'other')).toBe('↑');
    expect(formatKeys('Escape', 'mac')).toBe('Esc');
    expect(formatKeys('CmdOrCtrl++', 'other')).toBe('Ctrl++');
    expect(formatKeys('Shift+Enter', 'mac')).toBe('⇧↩');
    expect(formatKeys('Backspace', 'mac')).toBe('⌫');
    expect(formatKeys('Backspace', 'other')).toBe('Backspace');
  });
});

describe('shortcutPlatform', () => {
  it('reads process.platform and navigator.platform alike', () => {
    expect(shortcutPlatform('darwin')).toBe('mac');
    expect(shortcutPlatform('MacIntel')).toBe('mac');
    expect(shortcutPlatform('linux')).toBe('other');
    expect(shortcutPlatform('Win32')).toBe('other');
  });
});
