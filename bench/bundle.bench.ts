import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { below, type BenchSuite } from './row';
import { ensureRendererBuilt } from './twin';

// What the window has to load and parse before the library shows: every JavaScript file the renderer build
// ships (entry, chunks and the compare worker), minified as built for release.

const assets = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'renderer', 'assets');

export const rows: BenchSuite = async () => {
  await ensureRendererBuilt();
  const files = (await readdir(assets)).filter((name) => name.endsWith('.js'));
  const sizes = await Promise.all(files.map(async (name) => (await stat(path.join(assets, name))).size));
  const total = sizes.reduce((sum, size) => sum + size, 0);
  return [below(`renderer bundle: JavaScript, minified (${files.length} files)`, total / 1_000_000, 'MB', 1.5)];
};
