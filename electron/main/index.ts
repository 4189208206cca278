import { app, dialog, Menu, screen, session, shell, type BrowserWindow } from 'electron';
import path from 'node:path';
import { API_EVENTS, ipcEventChannel } from '../../shared/api/methods';
import { nativePickExportTarget } from './export-dialog';
import { registerIpc, trustedSender } from './ipc';
import { buildMenu } from './menu';
import { nativePickPaths } from './pick-dialog';
import { lockDownSession } from './security';
import { createServices } from './services';
import { resolveDataDir } from './store/data-dir';
import { createMainWindow } from './window';
import { loadWindowState, saveWindowState, visibleOn } from './window-state';

// The composition root: wires the plain services (which know nothing of Electron) to one secure window,
// the menu and IPC. Everything here is glue; behaviour lives in services/ and the renderer.

const devServerUrl = process.env.COPYDESK_DEV_URL || undefined;
// dist/electron/main.cjs → the app root is two folders up, in development and in the packaged asar alike.
const appRoot = path.resolve(__dirname, '..', '..');
const rendererUrl = devServerUrl ?? path.join(appRoot, 'dist', 'renderer', 'index.html');
const rendererFile = `file://${path.join(appRoot, 'dist', 'renderer', 'index.html').replace(/\\/g, '/')}`;
const isAppUrl = (url: string) => (devServerUrl ? url.startsWith(devServerUrl) : url.split(/[?#]/)[0] === encodeURI(rendererFile));

if (!app.requestSingleInstanceLock()) {
  // A second launch only brings the first window forward (handled in 'second-instance' of the first process).
  app.quit();
} else {
  void start();
}

async function start(): Promise<void> {
  await app.whenReady();
  const dataDir = resolveDataDir(process.env, app.getPath('userData'));
  const resourcesDir = app.isPackaged ? process.resourcesPath : path.join(appRoot, 'resources');
  // The dialog needs the window, which is created after the services: it is looked up when the user picks.
  let window: BrowserWindow | null = null;
  const services = await createServices({
    dataDir,
    resourcesDir,
    shell: 'electron',
    pickPaths: nativePickPaths(dialog, () => window),
    pickExportTarget: nativePickExportTarget(dialog, () => window),
  });
  lockDownSession(session.defaultSession, devServerUrl);

  const stateFile = path.join(dataDir, 'window-state.json');
  const saved = visibleOn(await loadWindowState(stateFile), screen.getAllDisplays().map((d) => d.workArea));
  window = createMainWindow({
    preloadPath: path.join(__dirname, 'preload.cjs'),
    rendererUrl,
    bounds: saved?.bounds ?? null,
    maximized: saved?.maximized ?? false,
    iconPath: path.join(resourcesDir, 'icon.png'),
  });
  const contents = () => (window && !window.isDestroyed() ? window.webContents : null);

  registerIpc(services.handlers, trustedSender(contents, isAppUrl));
  for (const event of API_EVENTS) services.events.on(event, (payload) => contents()?.send(ipcEventChannel(event), payload));

  app.setAboutPanelOptions({ applicationName: 'Copydesk', applicationVersion: app.getVersion(), copyright: 'Copydesk developers' });
  const menu = buildMenu({
    command: (command) => contents()?.send(ipcEventChannel('command'), { command }),
    openDataFolder: () => void shell.openPath(dataDir),
    about: () => app.showAboutPanel(),
    isDev: devServerUrl !== undefined || !app.isPackaged,
  });
  Menu.setApplicationMenu(menu);

  window.on('close', () => {
    if (!window) return;
    const state = { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
    void saveWindowState(stateFile, state).catch(() => {});
  });
  window.on('closed', () => {
    window = null;
  });
  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('window-all-closed', () => app.quit());
  // Pending store writes reach the disk before the process ends: hold the quit until they are flushed.
  let flushed = false;
  app.on('before-quit', (event) => {
    if (flushed) return;
    event.preventDefault();
    void services.close().finally(() => {
      flushed = true;
      app.quit();
    });
  });
  // No web content may ever be created with weaker settings than ours (e.g. by a future feature).
  app.on('web-contents-created', (_event, created) => {
    created.setWindowOpenHandler(() => ({ action: 'deny' }));
    created.on('will-navigate', (navigation) => navigation.preventDefault());
  });
  process.on('uncaughtException', (error) => {
    dialog.showErrorBox('Copydesk hit an unexpected error', `${error.message}\n\nYour stored copies and drafts are safe; please restart Copydesk.`);
  });
}
