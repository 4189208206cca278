import type { ApiTransport } from '../../shared/api/client';
import { fail } from '../../shared/api/errors';
import { API_PATH_PREFIX, TOKEN_HEADER } from '../../shared/api/http';
import { checkResult } from './checkResult';

export const NOT_ANSWERING =
  "Copydesk's local service is not answering. Check that `npm run web` is still running in its terminal, then reload this page.";

/**
 * The browser twin's transport: one POST per call. The server answers every call with an ApiResult, even a
 * refused one (401/403), so the body is read whatever the status; only a failed connection or a body that
 * is not JSON is turned into an error here.
 */
export function createWebTransport(token: string, fetchFn: typeof fetch = fetch): ApiTransport {
  return async (method, input) => {
    let response: Response;
    try {
      response = await fetchFn(`${API_PATH_PREFIX}${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      return fail('unavailable', NOT_ANSWERING);
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return fail('internal', `Copydesk's local service answered ${method} with something that is not JSON (HTTP ${response.status}).`);
    }
    return checkResult(method, body);
  };
}
