/**
 * A folder walk's limits: a dropped home directory must not freeze the window or flood the services. Past
 * the budget the walk stops and says so, and the import states that only part of the folder was taken.
 */
export const MAX_FOLDER_FILES = 10_000;

/** Files the system or other tools keep beside documents (.DS_Store, ~$lock files): never copy. */
export const isHiddenName = (name: string): boolean => name.startsWith('.') || name.startsWith('~$');

export interface CollectedFiles {
  files: File[];
  /** True when the walk stopped at MAX_FOLDER_FILES. */
  truncated: boolean;
  /** Hidden files left out. */
  skipped: number;
}

/** The files of a webkitdirectory input, without hidden ones, within the budget. */
export function filesOfFolderInput(list: Iterable<File>, max = MAX_FOLDER_FILES): CollectedFiles {
  const files: File[] = [];
  let skipped = 0;
  for (const file of list) {
    if (isHiddenName(file.name)) skipped += 1;
    else if (files.length >= max) return { files, truncated: true, skipped };
    else files.push(file);
  }
  return { files, truncated: false, skipped };
}

const fileOf = (entry: FileSystemFileEntry): Promise<File> => new Promise((resolve, reject) => entry.file(resolve, reject));

const readBatch = (reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> =>
  new Promise((resolve, reject) => reader.readEntries(resolve, reject));

/**
 * The files under dropped entries, folders walked recursively (readEntries answers in pieces, hence the
 * loop until it answers nothing). Hidden files are skipped, and so are entries that vanish or cannot be
 * read during the walk, since a drop has no place to report them before the import starts.
 */
export async function filesOfEntries(entries: readonly FileSystemEntry[], max = MAX_FOLDER_FILES): Promise<CollectedFiles> {
  const files: File[] = [];
  let skipped = 0;
  const pending = [...entries];
  while (pending.length > 0) {
    const entry = pending.shift()!;
    if (isHiddenName(entry.name)) {
      skipped += 1;
      continue;
    }
    try {
      if (entry.isFile) {
        if (files.length >= max) return { files, truncated: true, skipped };
        files.push(await fileOf(entry as FileSystemFileEntry));
      } else if (entry.isDirectory) {
        const reader = (entry as FileSystemDirectoryEntry).createReader();
        for (let batch = await readBatch(reader); batch.length > 0; batch = await readBatch(reader)) pending.push(...batch);
      }
    } catch {
      // Gone or unreadable since the drop began: leave it out, as the comment above explains.
    }
  }
  return { files, truncated: false, skipped };
}
