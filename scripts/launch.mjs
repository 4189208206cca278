// `npm start` after the build: runs Copydesk in Electron. Where the Electron runtime is missing it fetches it
// once with electron's own install script; where that is impossible (no network to its host, no display)
// it says so in one line and opens the browser twin on the same store instead.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const FETCH_TIMEOUT_MS = 180_000;

function electronBinary() {
  try {
    return require('electron'); // the binary's path, or a throw when it was never downloaded
  } catch {
    return null;
  }
}

function fetchElectron() {
  console.log('Copydesk: fetching the Electron runtime (first start only)…');
  const result = spawnSync(process.execPath, [require.resolve('electron/install.js')], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: FETCH_TIMEOUT_MS,
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '' },
  });
  if (result.status === 0 && electronBinary()) return { ok: true };
  // electron's installer prints a stack: the line naming the error says why (e.g. "getaddrinfo ENOTFOUND …").
  const lines = String(result.stderr ?? '').split('\n').map((line) => line.trim()).filter(Boolean);
  const why = result.error?.message ?? lines.find((line) => /error/i.test(line) && !line.startsWith('at ')) ?? lines[0] ?? `exit ${result.status}`;
  return { ok: false, why: why.slice(0, 160) };
}

function openInBrowser(url) {
  const opener = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = spawn(opener, [url], { stdio: 'ignore', detached: true });
  child.on('error', () => console.log(`Copydesk: open ${url} in your browser.`));
  child.unref();
}

function startWebTwin(reason) {
  console.log(`Copydesk: ${reason}; opening the browser twin instead (the same app and store, in your browser).`);
  const tsx = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'tsx.cmd' : 'tsx');
  const twin = spawn(tsx, ['electron/web/serve.ts'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  let opened = false;
  twin.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    const url = /(http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(String(chunk))?.[1];
    if (url && !opened && hasDisplay()) {
      opened = true;
      openInBrowser(url);
    }
  });
  const stop = () => twin.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  twin.on('exit', (code) => process.exit(code ?? 0));
}

function hasDisplay() {
  return process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

const forceWeb = process.argv.includes('--web');
let binary = forceWeb ? null : electronBinary();
if (!forceWeb && !binary) {
  const fetched = fetchElectron();
  binary = fetched.ok ? electronBinary() : null;
  if (!binary) startWebTwin(`the Electron runtime could not be downloaded (${fetched.why})`);
}
if (forceWeb) startWebTwin('--web was given');
else if (binary && !hasDisplay()) startWebTwin('there is no display for a desktop window');
else if (binary) {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // inherited from some shells and IDEs, it would start Electron as plain Node
  // Files named after `npm start --` are handed on, as the OS would hand them to an installed app.
  const files = process.argv.slice(2).filter((arg) => arg !== '--web');
  const app = spawn(binary, [root, ...files], { stdio: 'inherit', env });
  app.on('exit', (code) => process.exit(code ?? 0));
}
