// `npm run dev`: the renderer with hot reload. In Electron when its runtime and a display are present (main
// and preload rebuilt on change; restart the app to load main-process changes), otherwise in the browser
// against the browser twin's services, proxied through Vite so the page keeps one origin.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { createServer } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const children = [];
const stopAll = () => children.forEach((child) => child.kill('SIGTERM'));
process.on('SIGINT', () => (stopAll(), process.exit(0)));
process.on('SIGTERM', () => (stopAll(), process.exit(0)));

function electronBinary() {
  try {
    return process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY ? null : require('electron');
  } catch {
    return null;
  }
}

/** Starts the browser twin and resolves with the URL it prints once ready. */
function startTwin() {
  const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
  const twin = spawn(tsx, ['electron/web/serve.ts'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(twin);
  return new Promise((resolve, reject) => {
    twin.stdout.on('data', (chunk) => {
      const url = /(http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(String(chunk))?.[1];
      if (url) resolve(new URL(url));
    });
    twin.on('exit', (code) => reject(new Error(`the browser twin exited (${code}) before it was ready`)));
  });
}

async function startVite(proxyTo) {
  // The twin refuses foreign Origins; the proxy presents the twin's own origin, as the built page would.
  const forward = proxyTo && {
    target: proxyTo.origin,
    configure: (proxy) => proxy.on('proxyReq', (request) => request.setHeader('origin', proxyTo.origin)),
  };
  const server = await createServer({
    configFile: path.join(root, 'renderer', 'vite.config.ts'),
    server: forward ? { proxy: { '/api': forward, '/events': forward } } : {},
  });
  await server.listen();
  return server.resolvedUrls.local[0];
}

const binary = electronBinary();
if (binary) {
  const url = await startVite(null);
  const build = spawn(process.execPath, ['scripts/build-electron.mjs', '--watch'], { cwd: root, stdio: 'inherit' });
  children.push(build);
  await new Promise((resolve) => setTimeout(resolve, 1500)); // first esbuild pass
  const app = spawn(binary, [root], { cwd: root, stdio: 'inherit', env: { ...process.env, COPYDESK_DEV_URL: url } });
  children.push(app);
  app.on('exit', () => (stopAll(), process.exit(0)));
} else {
  const twin = await startTwin();
  const url = await startVite(twin);
  console.log(`Copydesk (dev, hot reload) at ${url}?token=${twin.searchParams.get('token')}`);
}
