import type { ApiInput, ApiOutput } from './contract';
import type { ApiResult } from './errors';
import { API_METHODS, type ApiMethod } from './methods';

/** The API as the renderer (and tests) see it: one async function per contract method, never throwing. */
export type ApiClient = { [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiResult<ApiOutput<M>>> };

/** Carries one call to the services: ipcRenderer.invoke in the preload, fetch in the browser twin. */
export type ApiTransport = (method: ApiMethod, input: unknown) => Promise<ApiResult<unknown>>;

/** Builds a client with exactly the contract's methods over any transport. */
export function createClient(transport: ApiTransport): ApiClient {
  const entries = API_METHODS.map((method) => [method, (input: unknown) => transport(method, input)] as const);
  return Object.freeze(Object.fromEntries(entries)) as unknown as ApiClient;
}
