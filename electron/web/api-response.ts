import type { ServerResponse } from 'node:http';
import { fail, type ApiResult, type ErrorCode } from '../../shared/api/errors';

/** Sends an ApiResult as JSON with the given status; answers are never cached. */
export function sendResult(res: ServerResponse, status: number, result: ApiResult<unknown>): void {
  const body = JSON.stringify(result);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-store' });
  res.end(body);
}

/** A refusal before dispatch, still shaped as an ApiResult so the UI can say why. */
export const sendFailure = (res: ServerResponse, status: number, code: ErrorCode, message: string): void =>
  sendResult(res, status, fail(code, message));
