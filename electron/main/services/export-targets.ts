import path from 'node:path';
import { ApiFailure } from '../../../shared/api/errors';
import { numberedPath } from './export-write';

/** The shell's own save or folder dialog (Electron): the chosen absolute path, or null when cancelled. */
export type PickExportTarget = (request: {
  kind: 'file' | 'folder';
  /** Where the dialog opens: the export folder, plus the suggested file name for kind 'file'. */
  defaultPath: string;
  /** The format's name and extension, for the save dialog's filter. */
  filter: { name: string; extension: string } | null;
}) => Promise<string | null>;

/**
 * A target path as given by the caller, checked: absolute, no NUL, normalised (no "." or ".." left). A
 * relative path would land wherever the process happens to run, so it is refused rather than guessed.
 */
export function targetPath(given: string, what: 'file' | 'folder'): string {
  if (given.includes('\0')) throw new ApiFailure('invalid-input', `The export ${what} path contains a NUL character.`, { path: given });
  if (!path.isAbsolute(given)) throw new ApiFailure('invalid-input', `The export ${what} must be an absolute path, not ${JSON.stringify(given)}.`, { path: given });
  return path.resolve(given);
}

const NUMBER_IN_NAME = /-(\d{1,4})(?=[.-]|$)/g;

/**
 * The paths the user chose in the native dialogs of this session. In Electron the renderer is not trusted
 * with the file system: it may only write where the user pointed, so export.write and export.batch accept
 * only these (a file in a chosen folder, and the numbered variant of a chosen file, count as chosen).
 */
export class ExportGrants {
  private readonly files = new Set<string>();
  private readonly folders = new Set<string>();

  grant(kind: 'file' | 'folder', chosen: string): void {
    (kind === 'file' ? this.files : this.folders).add(path.resolve(chosen));
  }

  allowsFolder(folder: string): boolean {
    return this.folders.has(folder);
  }

  allowsFile(file: string): boolean {
    if (this.files.has(file) || this.folders.has(path.dirname(file))) return true;
    // "name-N.ext" of a chosen "name.ext": only numbers the name actually carries are tried.
    for (const [, digits] of path.basename(file).matchAll(NUMBER_IN_NAME)) {
      const n = Number(digits);
      if (n >= 2 && [...this.files].some((chosen) => numberedPath(chosen, n) === file)) return true;
    }
    return false;
  }
}
