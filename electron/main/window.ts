import { BrowserWindow, shell, type Rectangle } from 'electron';
import path from 'node:path';
import { externalLink } from './security';

export interface MainWindowOptions {
  preloadPath: string;
  /** dist/renderer/index.html, or the Vite dev server's URL in development. */
  rendererUrl: string;
  bounds: Partial<Rectangle> | null;
  maximized: boolean;
  iconPath: string;
  /**
   * Chromium's own spellchecker (macOS, where it is the OS's). Off where Copydesk's offline checker answers
   * through the preload's custom provider, which Electron only consults with the built-in one disabled.
   */
  builtInSpellcheck: boolean;
}

/**
 * The one function that creates Copydesk's window; every web preference is spelled out so a review can see
 * the whole security posture here.
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: options.bounds?.width ?? 1440,
    height: options.bounds?.height ?? 900,
    ...(options.bounds?.x !== undefined && options.bounds?.y !== undefined ? { x: options.bounds.x, y: options.bounds.y } : {}),
    minWidth: 900,
    minHeight: 560,
    title: 'Copydesk',
    icon: options.iconPath,
    show: false, // shown on ready-to-show, so the user never sees a blank white frame
    backgroundColor: '#1f2328',
    webPreferences: {
      // electronegativity: PRELOAD_JS_CHECK — the sandboxed preload hands the page only the contract's methods and `on` through contextBridge, never ipcRenderer or Node (security-checklist.test.ts)
      preload: options.preloadPath,
      contextIsolation: true, // the page cannot touch the preload's world
      sandbox: true, // the renderer is an ordinary sandboxed Chromium process
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false, // a dropped file is an import, never a navigation
      disableBlinkFeatures: 'Auxclick', // a middle-click is never a way around the navigation handlers below
      spellcheck: options.builtInSpellcheck, // sub-editors want spelling in the editor either way
    },
  });
  if (options.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());

  const contents = window.webContents;
  // Nothing ever replaces the app page: links to the web open in the user's browser, everything else is dropped.
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    openInBrowser(url);
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openInBrowser(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());

  if (/^https?:/.test(options.rendererUrl)) void window.loadURL(options.rendererUrl);
  else void window.loadFile(path.resolve(options.rendererUrl));
  return window;
}

/** A web link clicked in the page opens in the user's browser; anything else (file:, javascript:, custom schemes) nowhere. */
function openInBrowser(url: string): void {
  const link = externalLink(url);
  // electronegativity: OPEN_EXTERNAL_JS_CHECK — only what externalLink() accepts gets here: http(s), no user:password@ disguise, at most 2,048 characters
  if (link !== null) void shell.openExternal(link);
}
