import { app, dialog, Menu, Notification, screen, session, shell, type BrowserWindow } from 'electron';
import path from 'node:path';
import { API_EVENTS, ipcEventChannel } from '../../shared/api/methods';
import { withCompletionNotices } from './background-notices';
import { desktopNotifier } from './desktop-notifier';
import { nativePickExportTarget } from './export-dialog';
import { handOverPaths } from './handed-paths';
import { trackInFlight } from './in-flight';
import { registerIpc, trustedSender } from './ipc';
import { buildMenu } from './menu';
import { collectOpenedFiles } from './open-events';
import { createOpenQueue } from './open-queue';
import { importOpenedFiles } from './opened-imports';
import { nativePickPaths } from './pick-dialog';
import { recordRecentDocuments } from './recent-documents';
import { isAppPage, lockDownEveryWebContents, lockDownSession, type AppPages } from './security';
import { usesOfflineSpellchecker } from './spellcheck/channels';
import { prepareSpelling } from './spellcheck/setup';
import { createServices } from './services';
import { createShutdown, flushPageSaves, SETTLE_WORK_MS } from './shutdown';
import { resolveDataDir } from './store/data-dir';
import { createMainWindow } from './window';
import { loadWindowState, saveWindowState, visibleOn } from './window-state';

// The composition root: wires the plain services (which know nothing of Electron) to one secure window,
// the menu and IPC. Everything here is glue; behaviour lives in services/ and the renderer.

const devServerUrl = process.env.COPYDESK_DEV_URL || undefined;
// dist/electron/main.cjs → the app root is two folders up, in development and in the packaged asar alike.
const appRoot = path.resolve(__dirname, '..', '..');
const rendererUrl = devServerUrl ?? path.join(appRoot, 'dist', 'renderer', 'index.html');
const pages: AppPages = { rendererDir: path.join(appRoot, 'dist', 'renderer'), devServerUrl };
const isAppUrl = (url: string) => isAppPage(url, pages);

// Files handed over by the OS; they wait here until the services and the page are up.
const opened = createOpenQueue();

if (!app.requestSingleInstanceLock()) {
  // A second launch hands its files to the first process ('second-instance' there) and ends.
  app.quit();
} else {
  collectOpenedFiles(app, process, (paths) => opened.add(paths));
  void start();
}

async function start(): Promise<void> {
  await app.whenReady();
  const dataDir = resolveDataDir(process.env, app.getPath('userData'));
  const resourcesDir = app.isPackaged ? process.resourcesPath : path.join(appRoot, 'resources');
  // The dialog needs the window, which is created after the services: it is looked up when the user picks.
  let window: BrowserWindow | null = null;
  const handOver = handOverPaths(nativePickPaths(dialog, () => window), (paths) => recordRecentDocuments(app, paths));
  const services = await createServices({
    dataDir,
    resourcesDir,
    shell: 'electron',
    pickPaths: handOver.pickPaths,
    pickExportTarget: nativePickExportTarget(dialog, () => window),
  });
  lockDownSession(session.defaultSession, pages);
  const spelling = await prepareSpelling({ appRoot, dataDir, platform: process.platform, isTrustedSender: trustedSender(() => contents(), isAppUrl) });

  const stateFile = path.join(dataDir, 'window-state.json');
  const saved = visibleOn(await loadWindowState(stateFile), screen.getAllDisplays().map((d) => d.workArea));
  window = createMainWindow({
    preloadPath: path.join(__dirname, 'preload.cjs'),
    rendererUrl,
    bounds: saved?.bounds ?? null,
    maximized: saved?.maximized ?? false,
    iconPath: path.join(resourcesDir, 'icon.png'),
    builtInSpellcheck: !usesOfflineSpellchecker(process.platform),
  });
  spelling.attach(window.webContents);
  const contents = () => (window && !window.isDestroyed() ? window.webContents : null);
  const bringForward = () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  };
  // Handed files are imported once the page can show the import; if the page fails, they are imported anyway.
  const pageLoaded = new Promise<void>((resolve) => {
    window?.webContents.once('did-finish-load', () => resolve());
    window?.webContents.once('did-fail-load', () => resolve());
  });

  const noticed = withCompletionNotices(services.handlers, {
    inBackground: () => !window?.isFocused(),
    show: desktopNotifier(Notification, bringForward),
    now: Date.now,
  });
  const work = trackInFlight(noticed);
  registerIpc(work.handlers, trustedSender(contents, isAppUrl));
  for (const event of API_EVENTS) services.events.on(event, (payload) => contents()?.send(ipcEventChannel(event), payload));

  app.setAboutPanelOptions({ applicationName: 'Copydesk', applicationVersion: app.getVersion(), copyright: 'Copydesk developers' });
  const menu = buildMenu({
    command: (command) => contents()?.send(ipcEventChannel('command'), { command }),
    openDataFolder: () => void shell.openPath(dataDir),
    about: () => app.showAboutPanel(),
    isDev: devServerUrl !== undefined || !app.isPackaged,
  });
  Menu.setApplicationMenu(menu);

  const shutdown = createShutdown({
    flushPage: () => flushPageSaves(contents()),
    cancelWork: () => Promise.all([services.handlers['import.cancel']({}), services.handlers['export.cancel']({})]),
    settleWork: () => work.settled(SETTLE_WORK_MS),
    closeServices: () => services.close(),
    quit: () => app.quit(),
    onError: (error) => console.error('[copydesk] while quitting', error),
  });
  window.on('close', (event) => shutdown.onWindowClose(event, () => window?.close()));
  window.on('close', () => {
    if (!window) return;
    const state = { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
    void saveWindowState(stateFile, state).catch(() => {});
  });
  window.on('closed', () => {
    window = null;
  });
  // Its files were queued by collectOpenedFiles; the user asked for Copydesk, so it comes to the front.
  app.on('second-instance', bringForward);
  opened.start(importOpenedFiles({ handOver, pick: work.handlers['import.pick'], events: services.events, pageReady: () => pageLoaded }));
  app.on('window-all-closed', () => app.quit());
  // Nothing is lost on quit: the page's pending saves, then running imports and exports stopped between two
  // files, then the store's pending writes, each bounded in time (see shutdown.ts).
  app.on('before-quit', (event) => shutdown.onBeforeQuit(event));
  // No web content may ever be created with weaker settings than ours (e.g. by a future feature).
  lockDownEveryWebContents(app);
  process.on('uncaughtException', (error) => {
    dialog.showErrorBox('Copydesk hit an unexpected error', `${error.message}\n\nYour stored copies and drafts are safe; please restart Copydesk.`);
  });
}
