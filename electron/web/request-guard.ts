import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { ErrorCode } from '../../shared/api/errors';

export interface Refusal {
  status: number;
  code: ErrorCode;
  message: string;
}

/** Hosts the twin answers to: a DNS-rebinding page reaches 127.0.0.1 under its own name, which is refused. */
function ownHosts(req: IncomingMessage): string[] {
  const port = req.socket.localPort;
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/**
 * Checks that a request is addressed to this server by name (Host) and, when a browser says where it comes
 * from (Origin), that it comes from the page this server served. Applies to every request.
 */
export function checkHostAndOrigin(req: IncomingMessage): Refusal | null {
  const host = req.headers.host ?? '';
  if (!ownHosts(req).includes(host)) {
    return { status: 403, code: 'forbidden-origin', message: `Requests must be addressed to 127.0.0.1 or localhost on this port, not to "${host}".` };
  }
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://${host}`) {
    return { status: 403, code: 'forbidden-origin', message: `Requests from ${origin} are not accepted: only Copydesk's own page may call it.` };
  }
  return null;
}

/** Constant-time token comparison, so the token cannot be guessed one character at a time by timing. */
export function tokenMatches(given: string | undefined, token: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export const missingToken: Refusal = {
  status: 401,
  code: 'unauthorized',
  message: 'This request did not carry the session token. Open Copydesk from the address it printed when it started.',
};
