// A recording stand-in for the parts of Electron that the window, the preload, IPC and the session lock-down
// use. No Electron binary runs under vitest, so their security posture is checked in what these receive.
// Test helper only (not bundled by the app). In a test file:
//   vi.mock('electron', async () => (await import('./electron-test-support')).electronModule);

type Listener = (...args: never[]) => unknown;
type OpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

/** One recorded BrowserWindow: its constructor options, its webContents' handlers, the page it loaded. */
export interface RecordedWindow {
  options: { webPreferences?: Record<string, unknown> } & Record<string, unknown>;
  contents: RecordingContents;
  loaded: string[];
}

/** What the stand-in saw; `reset` between tests. */
export const recorded = {
  windows: [] as RecordedWindow[],
  openedExternally: [] as string[],
  ipcHandlers: new Map<string, Listener>(),
  exposedInMainWorld: new Map<string, unknown>(),
  invoked: [] as { channel: string; input: unknown }[],
  rendererListeners: new Map<string, Listener[]>(),
  reset(): void {
    this.windows.length = 0;
    this.openedExternally.length = 0;
    this.ipcHandlers.clear();
    this.exposedInMainWorld.clear();
    this.invoked.length = 0;
    this.rendererListeners.clear();
  },
};

const addListener = (map: Map<string, Listener[]>, name: string, listener: Listener) => map.set(name, [...(map.get(name) ?? []), listener]);

/** Something with `on` and `setWindowOpenHandler` that records both, like a WebContents. */
export function recordingContents() {
  const listeners = new Map<string, Listener[]>();
  const contents = {
    listeners,
    openHandler: undefined as OpenHandler | undefined,
    on: (name: string, listener: Listener) => addListener(listeners, name, listener),
    setWindowOpenHandler: (handler: OpenHandler) => (contents.openHandler = handler),
    /** Fires an event at every listener; returns whether one of them called preventDefault. */
    emit(name: string, ...args: unknown[]): boolean {
      let prevented = false;
      const event = { preventDefault: () => (prevented = true) };
      for (const listener of listeners.get(name) ?? []) (listener as (...a: unknown[]) => unknown)(event, ...args);
      return prevented;
    },
  };
  return contents;
}
export type RecordingContents = ReturnType<typeof recordingContents>;

class BrowserWindow {
  readonly webContents = recordingContents();
  private readonly record: RecordedWindow;
  constructor(options: RecordedWindow['options']) {
    this.record = { options, contents: this.webContents, loaded: [] };
    recorded.windows.push(this.record);
  }
  maximize(): void {}
  once(): void {}
  loadFile(file: string): Promise<void> {
    this.record.loaded.push(file);
    return Promise.resolve();
  }
  loadURL(url: string): Promise<void> {
    this.record.loaded.push(url);
    return Promise.resolve();
  }
}

/** The module `electron` resolves to under vi.mock. */
export const electronModule = {
  BrowserWindow,
  shell: { openExternal: async (url: string) => void recorded.openedExternally.push(url) },
  ipcMain: {
    handle: (channel: string, handler: Listener) => recorded.ipcHandlers.set(channel, handler),
    removeHandler: (channel: string) => recorded.ipcHandlers.delete(channel),
  },
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => recorded.exposedInMainWorld.set(key, api) },
  ipcRenderer: {
    invoke: async (channel: string, input: unknown) => void recorded.invoked.push({ channel, input }),
    on: (channel: string, listener: Listener) => addListener(recorded.rendererListeners, channel, listener),
    removeListener: (channel: string, listener: Listener) =>
      recorded.rendererListeners.set(channel, (recorded.rendererListeners.get(channel) ?? []).filter((l) => l !== listener)),
  },
  webFrame: { setSpellCheckProvider: () => {} },
};

/** A Session whose webRequest hooks and permission handlers are kept for the test to call. */
export function recordingSession() {
  type Details = Record<string, unknown>;
  const hooks = {
    beforeRequest: undefined as ((details: Details, callback: (response: { cancel?: boolean }) => void) => void) | undefined,
    headersReceived: undefined as ((details: Details, callback: (response: { responseHeaders?: Record<string, string[]> }) => void) => void) | undefined,
    permissionRequest: undefined as ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined,
    permissionCheck: undefined as ((contents: unknown, permission: string) => boolean) | undefined,
  };
  const session = {
    webRequest: {
      onBeforeRequest: (fn: typeof hooks.beforeRequest) => (hooks.beforeRequest = fn),
      onHeadersReceived: (fn: typeof hooks.headersReceived) => (hooks.headersReceived = fn),
    },
    setPermissionRequestHandler: (fn: typeof hooks.permissionRequest) => (hooks.permissionRequest = fn),
    setPermissionCheckHandler: (fn: typeof hooks.permissionCheck) => (hooks.permissionCheck = fn),
  };
  return { session, hooks };
}
