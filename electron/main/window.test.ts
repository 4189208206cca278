import { beforeEach, describe, expect, it, vi } from 'vitest';

// The window's security posture is checked item by item in security-checklist.test.ts; this file covers the
// rest of what createMainWindow decides.

vi.mock('electron', async () => (await import('./electron-test-support')).electronModule);
const { recorded } = await import('./electron-test-support');
const { createMainWindow } = await import('./window');

const make = (rendererUrl = '/app/index.html', builtInSpellcheck = false) =>
  createMainWindow({ preloadPath: '/app/preload.cjs', rendererUrl, bounds: null, maximized: false, iconPath: '/app/icon.png', builtInSpellcheck });

describe('createMainWindow', () => {
  beforeEach(() => recorded.reset());

  it('loads the built renderer as a file, and the dev server by URL', () => {
    make('/app/index.html');
    make('http://127.0.0.1:5173/');
    expect(recorded.windows.map((window) => window.loaded)).toEqual([['/app/index.html'], ['http://127.0.0.1:5173/']]);
  });

  it('turns Chromium’s spellchecker off where the offline provider answers, on where it is the OS’s', () => {
    make('/app/index.html', false);
    make('/app/index.html', true);
    expect(recorded.windows.map((window) => window.options.webPreferences?.spellcheck)).toEqual([false, true]);
  });
});
