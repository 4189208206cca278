import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createServices, type Services } from '../main/services';
import { createWebApp } from './web-app';

/**
 * The browser twin's HTTP app on real services over `root/data`, listening on a free loopback port: what
 * the web bridge's integration tests share. `stop` closes the server and flushes the store (the caller owns
 * `root`).
 */
export async function startTestServer(options: { root: string; staticDir: string; resourcesDir: string; token: string; maxBodyBytes?: number }) {
  const services: Services = await createServices({ dataDir: path.join(options.root, 'data'), resourcesDir: options.resourcesDir, shell: 'web', log: () => {} });
  const app = createWebApp({
    handlers: services.handlers,
    events: services.events,
    staticDir: options.staticDir,
    token: options.token,
    ...(options.maxBodyBytes ? { maxBodyBytes: options.maxBodyBytes } : {}),
    log: () => {},
  });
  const server = createServer((req, res) => void app.handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const stop = async () => {
    app.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await services.close();
  };
  return { port, stop };
}
