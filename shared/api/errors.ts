import { z } from 'zod';

/** Every way an API call can fail. The UI words its message from the code, the CLI its exit status. */
export const ErrorCode = z.enum([
  'invalid-input', // payload failed its schema
  'unknown-method', // not in the contract
  'not-found', // the id names nothing stored
  'conflict', // a save based on a revision that is no longer the newest
  'too-large', // a file over the import limit (the message states the limit)
  'unreadable', // a file that cannot be decoded or parsed (the message names the file and why)
  'store-unwritable', // the data folder is read-only, full or gone; nothing was changed
  'unauthorized', // web bridge: missing or wrong token
  'forbidden-origin', // web bridge: request from another origin
  'cancelled', // the user cancelled a long operation
  'exists', // the export's target file exists and the call asked not to overwrite it silently
  'needs-review', // the export check found problems the editor has not fixed or waived
  'write-failed', // an export could not be written (disk full, no permission, folder gone); no partial file was left
  'unavailable', // the services cannot be reached (the browser twin's server stopped)
  'internal', // a bug: logged with its stack on the serving side
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ApiError = z.object({
  code: ErrorCode,
  message: z.string(),
  /** Extra facts for the UI (field paths of invalid input, the file concerned, the current revision). */
  details: z.record(z.string(), z.unknown()).optional(),
});
export type ApiError = z.infer<typeof ApiError>;

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown inside services; the dispatcher turns it into `{ok: false, error}` at the boundary. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }

  toError(): ApiError {
    return this.details ? { code: this.code, message: this.message, details: this.details } : { code: this.code, message: this.message };
  }
}

export const ok = <T>(value: T): ApiResult<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, details?: Record<string, unknown>): ApiResult<never> => ({
  ok: false,
  error: details ? { code, message, details } : { code, message },
});
