import { describe, expect, it } from 'vitest';
import { editorShortcut } from './editorShortcuts';

const key = (k: string, mods: Partial<KeyboardEvent> = {}) => ({ key: k, code: `Key${k.toUpperCase()}`, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });

describe('editorShortcut', () => {
  it('maps the primary modifier per platform', () => {
    expect(editorShortcut(key('f', { ctrlKey: true }), 'Linux x86_64')).toBe('find');
    expect(editorShortcut(key('f', { metaKey: true }), 'MacIntel')).toBe('find');
    expect(editorShortcut(key('f', { metaKey: true }), 'Win32')).toBeNull();
    expect(editorShortcut(key('K', { ctrlKey: true }), 'Win32')).toBe('link');
    expect(editorShortcut(key('h', { ctrlKey: true }), 'Win32')).toBe('replace');
  });

  it('offers replace on Alt+F by physical key, as macOS reports another character', () => {
    expect(editorShortcut({ ...key('ƒ', { metaKey: true, altKey: true }), code: 'KeyF' }, 'MacIntel')).toBe('replace');
  });

  it('leaves other combinations alone', () => {
    expect(editorShortcut(key('f'), 'Win32')).toBeNull();
    expect(editorShortcut(key('f', { ctrlKey: true, shiftKey: true }), 'Win32')).toBeNull();
    expect(editorShortcut(key('b', { ctrlKey: true }), 'Win32')).toBeNull();
  });
});
