import type { z } from 'zod';
import { contract, type Contract, type ApiOutput } from './contract';
import { ApiFailure, fail, ok, type ApiResult } from './errors';
import { isApiMethod, type ApiMethod } from './methods';

/** What the services implement: one function per contract method, taking already-validated input. */
export type ApiHandlers = {
  [M in ApiMethod]: (input: z.output<Contract[M]['input']>) => Promise<ApiOutput<M>> | ApiOutput<M>;
};

/** Called with unexpected exceptions so the serving side can log the stack; the caller sees only "internal". */
export type InternalErrorSink = (method: string, error: unknown) => void;

/**
 * The one place where untrusted calls enter the services: checks the method exists, validates the input
 * against its schema, runs the handler and returns a result instead of throwing (Electron would keep only an
 * exception's message; HTTP would lose its type). IPC, the web bridge and the CLI all go through here.
 */
export async function dispatch(
  handlers: ApiHandlers,
  method: unknown,
  rawInput: unknown,
  onInternal: InternalErrorSink = () => {},
): Promise<ApiResult<unknown>> {
  if (!isApiMethod(method)) return fail('unknown-method', `There is no operation called ${JSON.stringify(method)}.`);
  const parsed = contract[method].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    const first = issues[0];
    const where = first && first.path ? ` (${first.path}: ${first.message})` : first ? ` (${first.message})` : '';
    return fail('invalid-input', `The request to ${method} was malformed${where}.`, { issues });
  }
  try {
    const handler = handlers[method] as (input: unknown) => unknown;
    return ok(await handler(parsed.data));
  } catch (error) {
    if (error instanceof ApiFailure) return { ok: false, error: error.toError() };
    onInternal(method, error);
    return fail('internal', `${method} failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`);
  }
}
