import type { IncomingMessage, ServerResponse } from 'node:http';
import { dispatch, type ApiHandlers } from '../../shared/api/dispatch';
import { EVENTS_PATH } from '../../shared/api/events';
import { API_PATH_PREFIX, TOKEN_HEADER, TOKEN_QUERY } from '../../shared/api/http';
import type { ServiceEvents } from '../main/services';
import { sendFailure, sendResult } from './api-response';
import { openEventStream } from './event-stream';
import { BodyTooLargeError, readBody } from './read-body';
import { checkHostAndOrigin, missingToken, tokenMatches } from './request-guard';
import { setSecurityHeaders } from './security-headers';
import { resolveStaticFile, sendStaticFile } from './static-files';

/** Largest API request: an import of several files arrives base64-encoded in one body. */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024 * 1024;

export interface WebAppOptions {
  handlers: ApiHandlers;
  events: ServiceEvents;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  /** The per-run secret every API call and the event stream must present. */
  token: string;
  maxBodyBytes?: number;
  /** Where unexpected errors are logged with their stack; callers only see 'internal'. */
  log?: (message: string, error: unknown) => void;
}

export interface WebApp {
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  /** Ends the open event streams, so the server can close. */
  close: () => void;
}

/**
 * The browser twin's request handler, without a listening socket (tests call it through any server): the
 * renderer's files, the API (POST /api/<method> → dispatch) and the event stream, each behind the Host and
 * Origin checks, and the API and events behind the token.
 */
export function createWebApp(options: WebAppOptions): WebApp {
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const log = options.log ?? ((message, error) => console.error(`[copydesk web] ${message}`, error));
  const streams = new Set<() => void>();

  async function api(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      return sendFailure(res, 405, 'invalid-input', `${API_PATH_PREFIX}${method} only accepts POST.`);
    }
    const header = req.headers[TOKEN_HEADER];
    if (!tokenMatches(Array.isArray(header) ? header[0] : header, options.token)) {
      return sendFailure(res, missingToken.status, missingToken.code, missingToken.message);
    }
    let body: string;
    try {
      body = await readBody(req, maxBody);
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        res.setHeader('Connection', 'close');
        return sendFailure(res, 413, 'too-large', error.message);
      }
      throw error;
    }
    let input: unknown;
    try {
      input = body.trim() === '' ? {} : JSON.parse(body);
    } catch {
      return sendFailure(res, 400, 'invalid-input', `The request to ${method} was not valid JSON.`);
    }
    sendResult(res, 200, await dispatch(options.handlers, method, input, (name, error) => log(`${name} failed`, error)));
  }

  function events(res: ServerResponse, url: URL): void {
    if (!tokenMatches(url.searchParams.get(TOKEN_QUERY) ?? undefined, options.token)) {
      return sendFailure(res, missingToken.status, missingToken.code, missingToken.message);
    }
    const close = openEventStream(res, options.events);
    streams.add(close);
    res.on('close', () => streams.delete(close));
  }

  async function file(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return sendFailure(res, 405, 'invalid-input', 'Only GET and HEAD are accepted here.');
    }
    const found = await resolveStaticFile(options.staticDir, url.pathname);
    if (found === null) return sendFailure(res, 404, 'not-found', `Nothing here: ${url.pathname}`);
    await sendStaticFile(res, found, req.method === 'HEAD');
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    setSecurityHeaders(res);
    try {
      const refused = checkHostAndOrigin(req);
      if (refused) return sendFailure(res, refused.status, refused.code, refused.message);
      const url = new URL(req.url ?? '/', 'http://twin.invalid');
      if (url.pathname.startsWith(API_PATH_PREFIX)) return await api(req, res, url.pathname.slice(API_PATH_PREFIX.length));
      if (url.pathname === EVENTS_PATH) return events(res, url);
      return await file(req, res, url);
    } catch (error) {
      log(`${req.method} ${req.url} failed`, error);
      if (!res.headersSent) sendFailure(res, 500, 'internal', 'The Copydesk server hit an unexpected error.');
      else res.destroy();
    }
  }

  return { handle, close: () => [...streams].forEach((close) => close()) };
}
