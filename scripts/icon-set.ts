// Every icon file the installers need, rendered from the one source drawing (resources/icon.svg).
// Pure function of the SVG bytes: the same source gives byte-identical files, which is what lets a test tell
// whether the committed icons still match the drawing.
import sharp from 'sharp';
import { IconIcns, IconIco } from '@shockpkg/icon-encoder';

/** Square PNG sizes: Linux desktops pick from these by name (resources/icons/NxN.png); 1024 is macOS's largest. */
export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;

/** The sizes Windows Explorer and the taskbar ask for; 256 is the largest an .ico entry can hold. */
export const ICO_SIZES = [16, 24, 32, 48, 64, 256] as const;

/** macOS icon slots and their pixel size (the "@2x" slots hold the doubled size for Retina screens). */
export const ICNS_SLOTS = [
  ['ic04', 16],
  ['ic05', 32],
  ['ic11', 32],
  ['ic12', 64],
  ['ic07', 128],
  ['ic13', 256],
  ['ic08', 256],
  ['ic14', 512],
  ['ic09', 512],
  ['ic10', 1024],
] as const;

/** The window icon the main process loads at run time (electron/main/index.ts), shipped as an extra resource. */
export const WINDOW_ICON_SIZE = 512;

/** Largest source accepted: the drawing is a few kilobytes, so anything far bigger is the wrong file. */
const MAX_SOURCE_BYTES = 1_000_000;

export interface IconFile {
  /** Path relative to resources/. */
  readonly path: string;
  readonly bytes: Uint8Array;
}

/** Every icon file, in a fixed order, from the SVG's bytes; `sourceName` names the file in error messages. */
export async function renderIconSet(svg: Uint8Array, sourceName: string): Promise<IconFile[]> {
  if (svg.byteLength > MAX_SOURCE_BYTES) throw new Error(`${sourceName}: ${svg.byteLength} bytes is too large for an icon drawing (limit ${MAX_SOURCE_BYTES}).`);
  const width = await svgWidth(svg, sourceName);
  const sizes = [...new Set<number>([...PNG_SIZES, ...ICO_SIZES, ...ICNS_SLOTS.map(([, size]) => size)])];
  const pngs = new Map<number, Uint8Array>();
  for (const size of sizes) pngs.set(size, await renderPng(svg, width, size));
  const png = (size: number): Uint8Array => pngs.get(size) as Uint8Array;

  const ico = new IconIco();
  // PNG-compressed entries keep the .ico small; Windows Vista and later read them at every size.
  for (const size of ICO_SIZES) await ico.addFromPng(png(size), true);
  const icns = new IconIcns();
  icns.toc = true;
  for (const [slot, size] of ICNS_SLOTS) await icns.addFromPng(png(size), [slot]);

  return [
    ...PNG_SIZES.map((size) => ({ path: `icons/${size}x${size}.png`, bytes: png(size) })),
    { path: 'icon.png', bytes: png(WINDOW_ICON_SIZE) },
    { path: 'icon.ico', bytes: ico.encode() },
    { path: 'icon.icns', bytes: icns.encode() },
  ];
}

async function svgWidth(svg: Uint8Array, sourceName: string): Promise<number> {
  try {
    const { width, height, format } = await sharp(svg).metadata();
    if (format !== 'svg') throw new Error(`it is ${format}, not SVG`);
    if (!width || width !== height) throw new Error(`it is ${width}×${height}; an icon drawing must be square`);
    return width;
  } catch (error) {
    throw new Error(`${sourceName}: cannot use it as the icon drawing: ${(error as Error).message}`, { cause: error });
  }
}

// Rasterising the vector straight at the target size (by density) keeps small icons sharp; scaling a large
// bitmap down would blur the thin lines of the 16 px icon.
async function renderPng(svg: Uint8Array, width: number, size: number): Promise<Uint8Array> {
  const density = (72 * size) / width;
  const buffer = await sharp(svg, { density })
    .resize(size, size, { fit: 'fill' })
    .png({ compressionLevel: 9, adaptiveFiltering: false })
    .toBuffer();
  return new Uint8Array(buffer);
}
