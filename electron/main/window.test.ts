import { beforeEach, describe, expect, it, vi } from 'vitest';

// No Electron binary runs on CI, so the window factory is checked against a recording stand-in for
// BrowserWindow: the security posture is in the options it passes and the handlers it installs.

type Handler = (...args: unknown[]) => void;
const created: { options: Record<string, unknown>; handlers: Map<string, Handler>; openHandler?: (d: { url: string }) => unknown; loaded: string[] }[] = [];
const openExternal = vi.fn(async () => {});

vi.mock('electron', () => {
  class BrowserWindow {
    webContents: Record<string, unknown>;
    constructor(options: Record<string, unknown>) {
      const record = { options, handlers: new Map<string, Handler>(), loaded: [] as string[] } as (typeof created)[number];
      created.push(record);
      this.webContents = {
        on: (name: string, handler: Handler) => record.handlers.set(name, handler),
        setWindowOpenHandler: (handler: (d: { url: string }) => unknown) => (record.openHandler = handler),
      };
    }
    maximize() {}
    once() {}
    loadFile(file: string) {
      created.at(-1)!.loaded.push(file);
      return Promise.resolve();
    }
    loadURL(url: string) {
      created.at(-1)!.loaded.push(url);
      return Promise.resolve();
    }
  }
  return { BrowserWindow, shell: { openExternal } };
});

const { createMainWindow } = await import('./window');

describe('createMainWindow', () => {
  beforeEach(() => {
    created.length = 0;
    openExternal.mockClear();
  });

  const make = (builtInSpellcheck = false) =>
    createMainWindow({ preloadPath: '/app/preload.cjs', rendererUrl: '/app/index.html', bounds: null, maximized: false, iconPath: '/app/icon.png', builtInSpellcheck });

  it('uses the secure web preferences', () => {
    make();
    const prefs = created[0]!.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false, preload: '/app/preload.cjs' });
    expect(created[0]!.loaded).toEqual(['/app/index.html']);
  });

  it('turns Chromium’s spellchecker off where the offline provider answers, on where it is the OS’s', () => {
    make(false);
    make(true);
    expect(created.map((window) => (window.options.webPreferences as Record<string, unknown>).spellcheck)).toEqual([false, true]);
  });

  it('refuses navigation and new windows, sending web links to the browser instead', () => {
    make();
    const { handlers, openHandler } = created[0]!;
    const event = { preventDefault: vi.fn() };
    handlers.get('will-navigate')!(event, 'https://example.com/story');
    expect(event.preventDefault).toHaveBeenCalled();
    expect(openExternal).toHaveBeenCalledWith('https://example.com/story');
    const local = { preventDefault: vi.fn() };
    handlers.get('will-navigate')!(local, 'file:///etc/passwd');
    expect(local.preventDefault).toHaveBeenCalled();
    expect(openExternal).toHaveBeenCalledTimes(1);
    expect(openHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(openHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    const webview = { preventDefault: vi.fn() };
    handlers.get('will-attach-webview')!(webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });
});
