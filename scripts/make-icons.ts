// `npm run icons`: renders resources/icon.svg into every icon the installers and the window use, into resources/.
// The output is committed, so packaging never depends on an image library being installable where it runs.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderIconSet } from './icon-set';

const resources = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'resources');
const source = path.join(resources, 'icon.svg');

const svg = await readFile(source).catch((error: NodeJS.ErrnoException) => {
  throw new Error(`${source}: cannot read the icon drawing (${error.code ?? error.message}).`, { cause: error });
});
// Everything is rendered before anything is written, and each file is replaced by a rename, so a failure
// leaves the previous icons whole rather than half of a new set.
const files = await renderIconSet(svg, source);
for (const file of files) {
  const target = path.join(resources, file.path);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(`${target}.tmp`, file.bytes);
  await rename(`${target}.tmp`, target);
}
console.log(`Wrote ${files.length} icon files into ${path.relative(process.cwd(), resources) || '.'}: ${files.map((file) => file.path).join(', ')}`);
