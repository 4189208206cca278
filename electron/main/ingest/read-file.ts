import { readFile, stat } from 'node:fs/promises';
import { overLimit } from '../../../shared/domain/import-limit';
import { ExtractError } from '../../../shared/domain/extract/extract-error';

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file (it was moved or deleted)';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder, not a file';
  return `cannot be read (${error instanceof Error ? error.message : String(error)})`;
}

/**
 * Reads a file's bytes for import, refusing missing files, folders and files over `maxBytes` (before reading
 * them, so a huge file never fills memory), each with an ExtractError naming the file as `label`.
 */
export async function readFileBytes(path: string, maxBytes: number, label: string = path): Promise<Uint8Array> {
  const info = await stat(path).catch((error: unknown) => {
    throw new ExtractError(label, describeFsError(error));
  });
  if (info.isDirectory()) throw new ExtractError(label, 'is a folder, not a file');
  if (info.size > maxBytes) throw new ExtractError(label, overLimit(info.size, maxBytes));
  const bytes = await readFile(path).catch((error: unknown) => {
    throw new ExtractError(label, describeFsError(error));
  });
  // The file may have grown between stat and read.
  if (bytes.byteLength > maxBytes) throw new ExtractError(label, overLimit(bytes.byteLength, maxBytes));
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
