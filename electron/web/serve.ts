import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TOKEN_QUERY, WEB_READY_PREFIX } from '../../shared/api/http';
import { createServices } from '../main/services';
import { defaultDataDir, resolveDataDir } from '../main/store/data-dir';
import { createWebApp } from './web-app';
import { portFrom } from './web-port';

// `npm run web`: the same services as the Electron app, served to a browser on 127.0.0.1 only, behind a
// token printed once on stdout. The ready line is the only stdout output: the e2e tests and the launcher
// parse it.

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

async function main(): Promise<void> {
  const port = portFrom(process.argv.slice(2), process.env);
  const dataDir = resolveDataDir(process.env, defaultDataDir());
  // Where export dialogs start; the e2e tests point it at their temporary folder.
  const exportDir = process.env.COPYDESK_EXPORT_DIR || undefined;
  if (exportDir !== undefined && !path.isAbsolute(exportDir)) throw new Error(`COPYDESK_EXPORT_DIR must be an absolute path, not ${JSON.stringify(exportDir)}`);
  const services = await createServices({ dataDir, resourcesDir: path.join(repoRoot, 'resources'), shell: 'web', exportDir });
  const token = randomBytes(32).toString('base64url');
  const app = createWebApp({ handlers: services.handlers, events: services.events, staticDir: path.join(repoRoot, 'dist', 'renderer'), token });
  const server = createServer((req, res) => void app.handle(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: actual } = server.address() as AddressInfo;
  process.stdout.write(`${WEB_READY_PREFIX}http://127.0.0.1:${actual}/?${TOKEN_QUERY}=${token}\n`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    app.close();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    // Every write already accepted reaches the disk before the process ends.
    await services.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  process.stderr.write(`copydesk web: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
