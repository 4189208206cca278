import { contract } from '../../shared/api/contract';
import { ApiError, fail, type ApiResult } from '../../shared/api/errors';
import type { ApiMethod } from '../../shared/api/methods';

/**
 * Answers from the services cross a process (or network) boundary, so they are checked against the contract
 * like any other input: a malformed answer becomes a plain error instead of a crash deep inside a component.
 */
export function checkResult(method: ApiMethod, raw: unknown): ApiResult<unknown> {
  if (typeof raw !== 'object' || raw === null || !('ok' in raw)) {
    return fail('internal', `Copydesk's local service sent an answer to ${method} that the app cannot read.`);
  }
  if (raw.ok === false) {
    const error = ApiError.safeParse((raw as { error?: unknown }).error);
    return error.success ? { ok: false, error: error.data } : fail('internal', `${method} failed and its error could not be read.`);
  }
  const value = contract[method].output.safeParse((raw as { value?: unknown }).value);
  if (!value.success) {
    const first = value.error.issues[0];
    const where = first ? ` (${first.path.join('.') || 'value'}: ${first.message})` : '';
    return fail('internal', `Copydesk's local service sent an unexpected answer to ${method}${where}.`);
  }
  return { ok: true, value: value.data };
}
