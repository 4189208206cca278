import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { below, type BenchSuite } from './row';
import { ensureRendererBuilt } from './twin';

// The renderer's JavaScript, minified as built for release: all of it (entry, the lazily loaded tab chunks and
// the compare worker), and the entry alone, which is what the window parses and runs before the library shows.

const assets = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'renderer', 'assets');

export const rows: BenchSuite = async () => {
  await ensureRendererBuilt();
  const files = (await readdir(assets)).filter((name) => name.endsWith('.js'));
  const sizes = await Promise.all(files.map(async (name) => (await stat(path.join(assets, name))).size));
  const total = sizes.reduce((sum, size) => sum + size, 0);
  const entry = files.reduce((sum, name, k) => sum + (name.startsWith('index-') ? sizes[k]! : 0), 0);
  return [
    below(`renderer bundle: JavaScript, minified (${files.length} files)`, total / 1_000_000, 'MB', 1.5),
    below('renderer bundle: the entry loaded at start (Compare and Merge load when opened)', entry / 1_000_000, 'MB', 1.5),
  ];
};
