import path from 'node:path';
import { ApiFailure } from '../../../shared/api/errors';

/** Why a file could not be written, in the editor's words, from the system's error code. */
function cause(code: string | undefined, file: string): string | null {
  const folder = path.dirname(file);
  switch (code) {
    case 'ENOSPC':
      return 'the disk is full';
    case 'EDQUOT':
      return 'the disk quota is used up';
    case 'EACCES':
    case 'EPERM':
      return `no permission to write in ${folder}`;
    case 'ENOENT':
      return `the folder ${folder} no longer exists`;
    case 'ENOTDIR':
      return `${folder} is not a folder`;
    case 'EROFS':
      return `the disk holding ${folder} is read-only`;
    case 'ENAMETOOLONG':
      return 'the file name is too long for this disk';
    case 'EISDIR':
      return `${file} is a folder`;
    case 'EIO':
      return 'the disk reported a read or write error';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many files are open';
    case 'EBUSY':
      return `${file} is in use by another program`;
    default:
      return null;
  }
}

/**
 * The 'write-failed' failure for an export that could not be written, naming the file and the cause (the
 * system's own message when the code is not one the desk would recognise).
 */
export function writeFailed(file: string, error: unknown): ApiFailure {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const reason = cause(code, file) ?? (error instanceof Error ? error.message : String(error));
  return new ApiFailure('write-failed', `Could not write ${file}: ${reason}. Nothing was left behind.`, { path: file, ...(code ? { cause: code } : {}) });
}
