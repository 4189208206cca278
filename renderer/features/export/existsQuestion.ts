import type { ApiError } from '../../../shared/api/errors';
import { splitPath } from './targetPath';

/** The inline question after export.write answered 'exists': the file in the way, and what "Keep both" would save as. */
export interface ExistsQuestion {
  name: string;
  folder: string;
  numberedName: string | null;
}

/**
 * Reads the 'exists' error's details (path, numbered). The services name the paths; the page only shows them,
 * and falls back to the path it asked for when a detail is missing.
 */
export function existsQuestion(error: ApiError, requestedPath: string): ExistsQuestion | null {
  if (error.code !== 'exists') return null;
  const path = typeof error.details?.path === 'string' ? error.details.path : requestedPath;
  const numbered = typeof error.details?.numbered === 'string' ? splitPath(error.details.numbered).name : null;
  const { folder, name } = splitPath(path);
  return { name, folder, numberedName: numbered };
}
