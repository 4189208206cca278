import { performance } from 'node:perf_hooks';
import { createServices } from '../electron/main/services';

// Run by store.bench.ts in a fresh process, as the app starts: prints how long opening the store in
// argv[2] took, in milliseconds, as JSON on stdout.

async function main(): Promise<void> {
  const dataDir = process.argv[2];
  if (!dataDir) throw new Error('usage: tsx bench/store-open-probe.ts <data folder>');
  const started = performance.now();
  const services = await createServices({ dataDir, resourcesDir: dataDir, shell: 'cli' });
  const ms = performance.now() - started;
  await services.close();
  process.stdout.write(`${JSON.stringify({ ms })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
