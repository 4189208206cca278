import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { connect } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { API_EVENTS, API_METHODS, ipcChannel, ipcEventChannel } from '../../shared/api/methods';
import { BRIDGE_GLOBAL } from '../../shared/api/bridge';
import { EVENTS_PATH } from '../../shared/api/events';
import { TOKEN_HEADER, TOKEN_QUERY, WEB_READY_PREFIX } from '../../shared/api/http';
import { CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY, HEADER_ONLY_DIRECTIVES } from '../../shared/security/csp';
import { WEB_CONTENT_SECURITY_POLICY } from '../web/security-headers';

// The Electron security checklist (issue 8), one block per item, each checked against the real code: the
// window factory, the session lock-down, the preload, the IPC sender check and the browser twin's server.
// Undoing any item turns its block red. No Electron binary runs here: electron-test-support records what
// Electron would have been told.

vi.mock('electron', async () => (await import('./electron-test-support')).electronModule);
const { recorded, recordingContents, recordingSession } = await import('./electron-test-support');
const { createMainWindow } = await import('./window');
const { registerIpc, trustedSender } = await import('./ipc');
const { isAppPage, lockDownEveryWebContents, lockDownSession, ALLOWED_PERMISSION } = await import('./security');

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const rendererDir = '/opt/Copydesk/resources/app.asar/dist/renderer';
const appPage = `file://${rendererDir}/index.html`;
const pages = { rendererDir, devServerUrl: undefined };

beforeEach(() => recorded.reset());

function mainWindow() {
  createMainWindow({ preloadPath: '/app/preload.cjs', rendererUrl: `${rendererDir}/index.html`, bounds: null, maximized: false, iconPath: '/app/icon.png', builtInSpellcheck: false });
  return recorded.windows.at(-1)!;
}
const webPreferences = () => mainWindow().options.webPreferences!;

describe('1. context isolation, sandbox, no Node integration', () => {
  it('the window isolates the preload’s world and sandboxes the renderer', () => {
    expect(webPreferences()).toMatchObject({ contextIsolation: true, sandbox: true, preload: '/app/preload.cjs' });
  });

  it('gives Node to no page, worker or sub-frame, and keeps web security on', () => {
    expect(webPreferences()).toMatchObject({
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
  });
});

describe('2. no remote, no Node in the page: the preload exposes only the typed bridge', () => {
  it('Electron is a version without the remote module, and no @electron/remote is installed or imported', async () => {
    const electron = JSON.parse(await readFile(path.join(repoRoot, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string };
    expect(Number(electron.version.split('.')[0])).toBeGreaterThanOrEqual(14); // remote left Electron in 14
    expect(existsSync(path.join(repoRoot, 'node_modules', '@electron', 'remote'))).toBe(false);
    const sources = ['electron/main/index.ts', 'electron/main/window.ts', 'electron/preload/index.ts'];
    for (const file of sources) expect(await readFile(path.join(repoRoot, file), 'utf8')).not.toMatch(/@electron\/remote|enableRemoteModule/);
  });

  it('puts one global on the page: the contract’s methods and `on`, plain functions over fixed channels', async () => {
    await import('../preload/index');
    expect([...recorded.exposedInMainWorld.keys()]).toEqual([BRIDGE_GLOBAL]);
    const bridge = recorded.exposedInMainWorld.get(BRIDGE_GLOBAL) as Record<string, unknown>;
    expect(Object.keys(bridge).sort()).toEqual([...API_METHODS, 'on'].sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
    for (const forbidden of ['ipcRenderer', 'invoke', 'send', 'sendSync', 'require', 'process', 'electron']) expect(bridge).not.toHaveProperty(forbidden);

    await (bridge['copies.get'] as (input: unknown) => Promise<unknown>)({ id: 'c1' });
    expect(recorded.invoked).toEqual([{ channel: ipcChannel('copies.get'), input: { id: 'c1' } }]);

    // A listener gets the payload only: the IpcRendererEvent (which carries `sender`) never reaches the page.
    const on = bridge.on as (event: string, listener: (...args: unknown[]) => void) => () => void;
    const heard: unknown[][] = [];
    const off = on(API_EVENTS[0], (...args) => heard.push(args));
    const relay = recorded.rendererListeners.get(ipcEventChannel(API_EVENTS[0]))![0]! as (...args: unknown[]) => void;
    relay({ sender: 'the ipcRenderer' }, { changed: true });
    expect(heard).toEqual([[{ changed: true }]]);
    off();
    expect(recorded.rendererListeners.get(ipcEventChannel(API_EVENTS[0]))).toEqual([]);
    expect(() => on('ipc-raw-channel', () => {})).toThrow(/Unknown Copydesk event/);
  });
});

describe('3. webviews disabled', () => {
  it('has no <webview> tag, and refuses to attach one', () => {
    const window = mainWindow();
    expect(window.options.webPreferences).toMatchObject({ webviewTag: false });
    expect(window.contents.emit('will-attach-webview', {}, { src: 'https://evil.example/' })).toBe(true);
  });
});

describe('4. a strict Content-Security-Policy', () => {
  const directives = (policy: string) =>
    new Map(
      policy
        .split(';')
        .map((directive) => directive.trim().split(/\s+/))
        .filter(([name]) => name !== '')
        .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
    );
  const policy = directives(CONTENT_SECURITY_POLICY + HEADER_ONLY_DIRECTIVES);

  it('runs scripts only from the app itself: no inline script, no eval', () => {
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    for (const name of ['script-src-elem', 'script-src-attr', 'worker-src']) expect(policy.has(name)).toBe(false); // they would fall back to script-src
    for (const sources of policy.values()) {
      for (const unsafe of ["'unsafe-eval'", "'wasm-unsafe-eval'", "'unsafe-hashes'", "'strict-dynamic'"]) expect(sources).not.toContain(unsafe);
    }
    // React's style attributes need inline styles; nothing else may be inline.
    expect([...policy].filter(([, sources]) => sources.includes("'unsafe-inline'")).map(([name]) => name)).toEqual(['style-src']);
  });

  it('names no remote origin: only keywords, and data: for images and fonts', () => {
    for (const [name, sources] of policy) {
      for (const source of sources) {
        const allowed = /^'(?:self|none|unsafe-inline)'$/.test(source) || (source === 'data:' && (name === 'img-src' || name === 'font-src'));
        expect(allowed, `${name} ${source}`).toBe(true);
      }
    }
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
  });

  it('is the one policy the Electron session, the browser twin and the built page all send', async () => {
    const { session, hooks } = recordingSession();
    lockDownSession(session as never, pages);
    let headers: Record<string, string[]> | undefined;
    hooks.headersReceived!({ responseHeaders: { 'Content-Type': ['text/html'] } }, (response) => (headers = response.responseHeaders));
    expect(headers!['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY + HEADER_ONLY_DIRECTIVES]);
    expect(WEB_CONTENT_SECURITY_POLICY).toBe(CONTENT_SECURITY_POLICY + HEADER_ONLY_DIRECTIVES);

    // file:// pages get no headers: the build writes the same policy into index.html as a meta tag.
    const config = (await import('../../renderer/vite.config')).default as { plugins: unknown[] };
    const plugin = (config.plugins.flat(Infinity) as { name?: string }[]).find((p) => p?.name === 'copydesk-csp') as {
      configResolved: (c: { command: string }) => void;
      transformIndexHtml: () => { attrs: Record<string, string> }[];
    };
    plugin.configResolved({ command: 'build' });
    expect(plugin.transformIndexHtml()[0]!.attrs).toEqual({ 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY });
  });

  it('loosens only in development, where Vite needs its inline preamble and hot-reload socket', () => {
    expect(DEV_CONTENT_SECURITY_POLICY).not.toBe(CONTENT_SECURITY_POLICY);
    const { session, hooks } = recordingSession();
    lockDownSession(session as never, { rendererDir, devServerUrl: 'http://127.0.0.1:5173/' });
    let headers: Record<string, string[]> | undefined;
    hooks.headersReceived!({ responseHeaders: {} }, (response) => (headers = response.responseHeaders));
    expect(headers!['Content-Security-Policy']).toEqual([DEV_CONTENT_SECURITY_POLICY + HEADER_ONLY_DIRECTIVES]);
  });
});

describe('5. the page loads nothing but its own files', () => {
  it('cancels every request outside the renderer’s folder: the web, system files, the user’s files', () => {
    const { session, hooks } = recordingSession();
    lockDownSession(session as never, pages);
    const cancelled = (url: string) => {
      let answer: boolean | undefined;
      hooks.beforeRequest!({ url }, (response) => (answer = response.cancel));
      return answer;
    };
    expect(cancelled(appPage)).toBe(false);
    expect(cancelled(`file://${rendererDir}/assets/index-1.js`)).toBe(false);
    for (const url of ['https://tracker.example/pixel.gif', 'http://127.0.0.1:8080/', 'file:///etc/passwd', 'file:///home/sub/wire.html', `file://${rendererDir}/../../../../../etc/passwd`]) {
      expect(cancelled(url), url).toBe(true);
    }
  });
});

describe('6. navigation and new windows denied', () => {
  it('never navigates the window: web links go to the system browser, everything else nowhere', () => {
    const { contents } = mainWindow();
    expect(contents.emit('will-navigate', 'https://agency.example/story')).toBe(true);
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,<script>x</script>', 'https://agency.example@evil.example/', 'copydesk-x://run']) {
      expect(contents.emit('will-navigate', url), url).toBe(true);
    }
    expect(contents.emit('will-redirect', 'https://evil.example/')).toBe(true);
    expect(recorded.openedExternally).toEqual(['https://agency.example/story']);
  });

  it('opens no new window, whatever the URL, and middle-clicks are no way around it', () => {
    const window = mainWindow();
    for (const url of ['https://agency.example/', 'file:///etc/passwd', 'javascript:alert(1)', 'about:blank']) {
      expect(window.contents.openHandler!({ url })).toEqual({ action: 'deny' });
    }
    expect(recorded.openedExternally).toEqual(['https://agency.example/']);
    expect(window.options.webPreferences).toMatchObject({ disableBlinkFeatures: 'Auxclick', navigateOnDragDrop: false });
  });

  it('gives any later web contents the same refusals', () => {
    const listeners = new Map<string, (...args: unknown[]) => void>();
    lockDownEveryWebContents({ on: (name: string, listener: (...args: unknown[]) => void) => listeners.set(name, listener) } as never);
    const created = recordingContents();
    listeners.get('web-contents-created')!({}, created);
    expect(created.openHandler!({ url: 'https://agency.example/' })).toEqual({ action: 'deny' });
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) expect(created.emit(name, 'https://evil.example/'), name).toBe(true);
  });
});

describe('7. permission requests and checks denied, but the one documented', () => {
  const permissions = ['media', 'geolocation', 'notifications', 'midi', 'midiSysex', 'pointerLock', 'fullscreen', 'openExternal', 'clipboard-read', 'display-capture', 'mediaKeySystem', 'idle-detection', 'hid', 'serial', 'usb', 'storage-access', 'window-management', 'fileSystem', 'unknown'];

  it(`refuses everything but ${ALLOWED_PERMISSION} (the export dialog's "Copy as rich text")`, () => {
    const { session, hooks } = recordingSession();
    lockDownSession(session as never, pages);
    const granted = (permission: string) => {
      let answer: boolean | undefined;
      hooks.permissionRequest!(null, permission, (ok) => (answer = ok));
      return answer;
    };
    for (const permission of permissions) {
      expect(granted(permission), permission).toBe(false);
      expect(hooks.permissionCheck!(null, permission), permission).toBe(false);
    }
    expect(ALLOWED_PERMISSION).toBe('clipboard-sanitized-write');
    expect(granted(ALLOWED_PERMISSION)).toBe(true);
    expect(hooks.permissionCheck!(null, ALLOWED_PERMISSION)).toBe(true);
  });
});

describe('8. IPC answers only the app’s own top frame on the app’s own page', () => {
  const mainFrame = { url: appPage };
  const own = { mainFrame } as unknown as WebContents;
  const handlers = Object.fromEntries(API_METHODS.map((method) => [method, async () => ({ answered: method })])) as never;
  const call = (sender: unknown, senderFrame: unknown) => {
    registerIpc(handlers, trustedSender(() => own, (url) => isAppPage(url, pages)));
    return recorded.ipcHandlers.get(ipcChannel('store.status'))!({ sender, senderFrame } as unknown as IpcMainInvokeEvent as never, {} as never) as Promise<unknown>;
  };
  const refused = { ok: false, error: { code: 'forbidden-origin' } };

  it('answers the main frame of the window showing index.html', async () => {
    expect(await call(own, mainFrame)).toEqual({ ok: true, value: { answered: 'store.status' } });
  });

  it('refuses a sub-frame, even one showing the app’s own URL', async () => {
    expect(await call(own, { url: appPage })).toMatchObject(refused);
    expect(await call(own, { url: 'https://evil.example/frame.html' })).toMatchObject(refused);
  });

  it('refuses another web contents, a gone frame, and the window once it shows another URL', async () => {
    expect(await call({ mainFrame }, mainFrame)).toMatchObject(refused);
    expect(await call(own, null)).toMatchObject(refused);
    for (const url of ['file:///tmp/index.html', `file://${rendererDir}/assets/evil.html`, 'https://evil.example/', 'data:text/html,x']) {
      mainFrame.url = url;
      expect(await call(own, mainFrame), url).toMatchObject(refused);
    }
    mainFrame.url = appPage;
  });
});

describe('9. the browser twin: 127.0.0.1 only, behind a token and Host/Origin checks', () => {
  let dataDir: string;
  let child: ReturnType<typeof spawn>;
  let base: URL;
  let token: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-checklist-'));
    child = spawn(path.join(repoRoot, 'node_modules', '.bin', 'tsx'), [path.join(repoRoot, 'electron', 'web', 'serve.ts'), '--port', '0'], {
      cwd: repoRoot,
      env: { ...process.env, COPYDESK_DATA_DIR: dataDir, COPYDESK_PORT: '' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const line = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout! }).once('line', resolve);
      child.once('exit', (code) => reject(new Error(`serve.ts exited with ${code}`)));
    });
    base = new URL(line.slice(WEB_READY_PREFIX.length));
    token = base.searchParams.get(TOKEN_QUERY) ?? '';
  }, 60_000); // tsx compiles the server and the services open a fresh store: slow on a busy machine

  afterAll(async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await rm(dataDir, { recursive: true, force: true });
  });

  const send = (headers: Record<string, string>, target = '/api/store.status', method = 'POST') =>
    new Promise<{ status: number; code: string | undefined }>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: base.port, path: target, method, headers }, (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, code: body.startsWith('{') ? (JSON.parse(body) as { error?: { code: string } }).error?.code : undefined }));
      });
      req.on('error', reject);
      req.end(method === 'POST' ? '{}' : undefined);
    });

  const reachable = (host: string) =>
    new Promise<boolean>((resolve) => {
      const socket = connect({ host, port: Number(base.port), timeout: 2_000 });
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
      socket.once('timeout', () => (socket.destroy(), resolve(false)));
    });

  it('listens on 127.0.0.1 and on no other address', async () => {
    expect(base.hostname).toBe('127.0.0.1');
    expect(await reachable('127.0.0.1')).toBe(true);
    // Bound to 0.0.0.0 or :: it would answer on these too; 127.0.0.2 is loopback as well on Linux.
    const others = Object.values(os.networkInterfaces()).flat().flatMap((a) => (a && !a.internal ? [a.address] : []));
    for (const host of [...others, ...(process.platform === 'linux' ? ['127.0.0.2'] : [])]) expect(await reachable(host), host).toBe(false);
  });

  it('answers a call with the token from its own page', async () => {
    const own = `http://127.0.0.1:${base.port}`;
    expect(await send({ [TOKEN_HEADER]: token, origin: own })).toEqual({ status: 200, code: undefined });
  });

  it('refuses a call without the token or with a wrong one', async () => {
    expect(await send({})).toEqual({ status: 401, code: 'unauthorized' });
    expect(await send({ [TOKEN_HEADER]: `${token.slice(0, -1)}x` })).toEqual({ status: 401, code: 'unauthorized' });
    expect((await send({}, EVENTS_PATH, 'GET')).status).toBe(401);
  });

  it('refuses a foreign Origin, even with the token', async () => {
    for (const origin of ['http://evil.example', 'null', `http://localhost.evil.example:${base.port}`]) {
      expect(await send({ [TOKEN_HEADER]: token, origin }), origin).toEqual({ status: 403, code: 'forbidden-origin' });
    }
  });

  it('refuses a foreign Host header (DNS rebinding), even with the token', async () => {
    for (const host of [`rebind.example:${base.port}`, '127.0.0.1', `127.0.0.1.evil.example:${base.port}`]) {
      expect(await send({ [TOKEN_HEADER]: token, host }), host).toEqual({ status: 403, code: 'forbidden-origin' });
    }
  });
});
