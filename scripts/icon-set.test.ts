import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { ICNS_SLOTS, ICO_SIZES, PNG_SIZES, renderIconSet, type IconFile } from './icon-set';

const resources = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'resources');

/** Width of each image in an .ico, from its directory (a width byte of 0 means 256). */
function icoWidths(ico: Uint8Array): number[] {
  const view = new DataView(ico.buffer, ico.byteOffset, ico.byteLength);
  const count = view.getUint16(4, true);
  return Array.from({ length: count }, (_, index) => view.getUint8(6 + index * 16) || 256);
}

/** The element types in an .icns, in file order. */
function icnsTypes(icns: Uint8Array): string[] {
  const view = new DataView(icns.buffer, icns.byteOffset, icns.byteLength);
  const types: string[] = [];
  for (let offset = 8; offset + 8 <= icns.byteLength; offset += view.getUint32(offset + 4)) {
    types.push(String.fromCharCode(...icns.subarray(offset, offset + 4)));
  }
  return types;
}

describe('the icon set', () => {
  let files: IconFile[] = [];
  const file = (name: string) => files.find((entry) => entry.path === name)?.bytes ?? new Uint8Array();

  beforeAll(async () => {
    files = await renderIconSet(await readFile(path.join(resources, 'icon.svg')), 'resources/icon.svg');
  });

  it('renders a square PNG of every size, named by its size', async () => {
    for (const size of PNG_SIZES) {
      const { width, height, format } = await sharp(file(`icons/${size}x${size}.png`)).metadata();
      expect({ width, height, format }).toEqual({ width: size, height: size, format: 'png' });
    }
  });

  it('packs the Windows sizes into icon.ico and the macOS slots into icon.icns', () => {
    expect(icoWidths(file('icon.ico'))).toEqual([...ICO_SIZES]);
    expect(icnsTypes(file('icon.icns'))).toEqual(['TOC ', ...ICNS_SLOTS.map(([slot]) => slot)]);
  });

  it('matches the committed files in resources/ (run `npm run icons` after changing icon.svg)', async () => {
    for (const { path: name, bytes } of files) {
      const committed = new Uint8Array(await readFile(path.join(resources, name)));
      expect(Buffer.compare(committed, bytes), `resources/${name} is current`).toBe(0);
    }
  });

  it('names the file when the drawing is not a usable icon', async () => {
    const wide = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"/>');
    await expect(renderIconSet(wide, 'wide.svg')).rejects.toThrow(/^wide\.svg: .*square/);
    await expect(renderIconSet(new TextEncoder().encode('not an image'), 'junk.svg')).rejects.toThrow(/^junk\.svg: /);
  });
});
