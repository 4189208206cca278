import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { decodeText, DecodeError } from './decode';
import { IngestError } from './ingest-error';

export interface TextFile {
  /** The file's name without its folder: what articles record as their source. */
  name: string;
  text: string;
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder, not a file';
  return `cannot be read (${error instanceof Error ? error.message : String(error)})`;
}

/**
 * Reads a text file for import: refuses missing files, folders, files over `maxBytes`, empty files and
 * binary content, each with an IngestError naming the file and the problem.
 */
export async function readTextFile(path: string, maxBytes: number): Promise<TextFile> {
  const info = await stat(path).catch((error: unknown) => {
    throw new IngestError(path, describeFsError(error));
  });
  if (info.isDirectory()) throw new IngestError(path, 'is a folder, not a file');
  if (info.size > maxBytes) throw new IngestError(path, `is ${info.size} bytes, over the import limit of ${maxBytes} bytes`);
  const bytes = await readFile(path).catch((error: unknown) => {
    throw new IngestError(path, describeFsError(error));
  });
  // The file may have grown between stat and read.
  if (bytes.byteLength > maxBytes) throw new IngestError(path, `is over the import limit of ${maxBytes} bytes`);
  if (bytes.byteLength === 0) throw new IngestError(path, 'is empty');
  let text: string;
  try {
    text = decodeText(bytes).text;
  } catch (error) {
    throw error instanceof DecodeError ? new IngestError(path, error.message) : error;
  }
  if (text.trim() === '') throw new IngestError(path, 'is empty (only white space)');
  return { name: basename(path), text };
}
