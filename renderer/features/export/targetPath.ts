/**
 * Paths as the services report them and as the twin's fields build them. The page cannot ask the OS, so the
 * separator is read from the path itself: Windows folders come with backslashes, everything else with "/".
 */
const separatorOf = (path: string): '/' | '\\' => (path.includes('\\') && !path.includes('/') ? '\\' : '/');

/** The folder and the file name of an absolute path ("" for the folder of a bare name). */
export function splitPath(path: string): { folder: string; name: string } {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  if (cut < 0) return { folder: '', name: path };
  // The root keeps its separator: "/a.txt" is in "/", not in "".
  const folder = cut === 0 ? path.slice(0, 1) : path.slice(0, cut);
  return { folder, name: path.slice(cut + 1) };
}

/** The file `name` inside `folder`, with the folder's own separator. */
export function joinPath(folder: string, name: string): string {
  const trimmed = folder.trim();
  const separator = separatorOf(trimmed);
  return trimmed.endsWith('/') || trimmed.endsWith('\\') ? `${trimmed}${name}` : `${trimmed}${separator}${name}`;
}

/** Why the typed folder cannot be exported to, in words for the dialog; null when it can be tried. */
export function folderProblem(folder: string): string | null {
  const trimmed = folder.trim();
  if (!trimmed) return 'Type the folder to export to.';
  if (!/^(\/|[A-Za-z]:[\\/]|\\\\)/.test(trimmed)) return `“${trimmed}” is not a full path: start it from the root (/… or C:\\…).`;
  return null;
}

/** Why the typed folder and file name cannot make a target, in words for the dialog; null when they can. */
export function targetProblem(folder: string, name: string): string | null {
  const inFolder = folderProblem(folder);
  if (inFolder) return inFolder;
  const trimmedName = name.trim();
  if (!trimmedName) return 'Type a file name.';
  if (/[\\/]/.test(trimmedName)) return 'The file name cannot contain / or \\: put the folder in the Folder field.';
  if (trimmedName === '.' || trimmedName === '..') return `“${trimmedName}” is not a file name.`;
  return null;
}
