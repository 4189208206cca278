import { readFile } from 'node:fs/promises';

export type RawJson = { state: 'missing' } | { state: 'damaged'; reason: string } | { state: 'ok'; value: unknown };

/** Reads a JSON file without judging its shape: for version checks and migrations, which precede validation. */
export async function readRawJson(file: string): Promise<RawJson> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'missing' };
    throw error;
  }
  try {
    return { state: 'ok', value: JSON.parse(text) as unknown };
  } catch (error) {
    return { state: 'damaged', reason: (error as Error).message };
  }
}

/** The schemaVersion recorded in a parsed meta.json, if it has a sensible one. */
export function versionOf(meta: unknown): number | undefined {
  const version = typeof meta === 'object' && meta !== null ? (meta as { schemaVersion?: unknown }).schemaVersion : undefined;
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : undefined;
}
