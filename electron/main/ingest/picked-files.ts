import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { SUPPORTED_EXTENSIONS, extensionOf } from '../../../shared/domain/extract/sniff';

/** A file to import from disk, with the name reports and copies show for it. */
export interface PickedFile {
  path: string;
  /** The file name, or its path inside the folder the user picked ("folder/sub/page.html"). */
  label: string;
}

export interface PickedFiles {
  files: PickedFile[];
  /** Files inside picked folders that are hidden or of a type Copydesk does not read. */
  skipped: number;
}

/** A folder import stops listing here: a picked home folder must not become a million-file batch. */
export const MAX_PICKED_FILES = 10_000;

const isHidden = (name: string): boolean => name.startsWith('.');
const isSupported = (name: string): boolean => (SUPPORTED_EXTENSIONS as readonly string[]).includes(extensionOf(name));
const posixLabel = (...parts: string[]): string => parts.join('/');

/**
 * What the user picked, as files: a picked file is taken as it is (if it cannot be read, the import says
 * so); a picked folder is walked recursively, in name order, skipping hidden entries, files Copydesk does not
 * read and symbolic links to folders (which could loop). A picked path that is gone is kept, so the import
 * reports it by name.
 */
export async function expandPicked(paths: readonly string[]): Promise<PickedFiles> {
  const files: PickedFile[] = [];
  let skipped = 0;

  const walk = async (folder: string, label: string): Promise<void> => {
    const entries = (await readdir(folder, { withFileTypes: true }).catch(() => [])).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (files.length >= MAX_PICKED_FILES) return;
      const full = path.join(folder, entry.name);
      if (isHidden(entry.name)) skipped += 1;
      else if (entry.isDirectory()) await walk(full, posixLabel(label, entry.name));
      else if ((entry.isFile() || entry.isSymbolicLink()) && isSupported(entry.name)) files.push({ path: full, label: posixLabel(label, entry.name) });
      else skipped += 1;
    }
  };

  for (const picked of paths) {
    if (files.length >= MAX_PICKED_FILES) break;
    const info = await stat(picked).catch(() => null);
    if (info?.isDirectory()) await walk(picked, path.basename(picked));
    else files.push({ path: picked, label: path.basename(picked) });
  }
  return { files, skipped };
}
