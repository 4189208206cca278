// Bundles the main process and the preload with esbuild into dist/electron/ (CommonJS, as Electron's
// sandboxed preload requires). Packages with native or dynamic requires stay external and ship in
// node_modules; everything else, ESM-only lowdb included, is bundled.
import { build } from 'esbuild';

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  logLevel: 'info',
  external: ['electron', 'jsdom', 'canvas', 'bufferutil', 'utf-8-validate'],
};
// Source modules find files beside them through import.meta.url, which CommonJS lacks: each bundle gets it
// from its own file, so the main bundle finds analysis-worker.cjs next to it (electron/main/ingest/worker-script.ts).
const moduleUrl = {
  define: { 'import.meta.url': '__copydeskModuleUrl' },
  banner: { js: "const __copydeskModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
};
const targets = [
  { ...common, ...moduleUrl, entryPoints: ['electron/main/index.ts'], outfile: 'dist/electron/main.cjs' },
  // Page reading and analysis run in this worker thread, off the main process's event loop.
  { ...common, ...moduleUrl, entryPoints: ['electron/main/ingest/analysis-worker.ts'], outfile: 'dist/electron/analysis-worker.cjs' },
  { ...common, entryPoints: ['electron/preload/index.ts'], outfile: 'dist/electron/preload.cjs', platform: 'browser', external: ['electron'] },
];

if (watch) {
  const { context } = await import('esbuild');
  for (const options of targets) await (await context(options)).watch();
} else {
  await Promise.all(targets.map((options) => build(options)));
}
