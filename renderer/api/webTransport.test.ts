import { describe, expect, it } from 'vitest';
import { API_PATH_PREFIX, TOKEN_HEADER } from '../../shared/api/http';
import { createWebTransport, NOT_ANSWERING } from './webTransport';

const settings = { theme: 'dark', maxImportBytes: 4096, quoteStyle: 'us', diffBudgetMs: 250, revisionsKept: 50 };

function fakeFetch(respond: () => Response | Promise<Response>) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchFn = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return respond();
  }) as unknown as typeof fetch;
  return { fetchFn, calls };
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('createWebTransport', () => {
  it('posts the input with the token and returns the checked value', async () => {
    const { fetchFn, calls } = fakeFetch(() => json({ ok: true, value: settings }));
    const result = await createWebTransport('t0k', fetchFn)('settings.update', { theme: 'dark' });
    expect(result).toEqual({ ok: true, value: settings });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe(`${API_PATH_PREFIX}settings.update`);
    expect(calls[0]!.init.method).toBe('POST');
    expect((calls[0]!.init.headers as Record<string, string>)[TOKEN_HEADER]).toBe('t0k');
    expect(JSON.parse(calls[0]!.init.body as string)).toEqual({ theme: 'dark' });
  });

  it('passes on the error a refused request carries', async () => {
    const error = { code: 'unauthorized', message: 'This page is not the one Copydesk opened.' };
    const { fetchFn } = fakeFetch(() => json({ ok: false, error }, 401));
    expect(await createWebTransport('bad', fetchFn)('store.status', {})).toEqual({ ok: false, error });
  });

  it('turns a failed connection into a plain “not answering” error', async () => {
    const { fetchFn } = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const result = await createWebTransport('t', fetchFn)('store.status', {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toEqual({ code: 'unavailable', message: NOT_ANSWERING });
  });

  it('refuses a body that is not JSON or does not match the contract', async () => {
    const notJson = await createWebTransport('t', fakeFetch(() => new Response('<html>', { status: 502 })).fetchFn)('settings.get', {});
    expect(notJson.ok).toBe(false);
    if (!notJson.ok) expect(notJson.error.message).toContain('HTTP 502');

    const wrongShape = await createWebTransport('t', fakeFetch(() => json({ ok: true, value: { theme: 'purple' } })).fetchFn)('settings.get', {});
    expect(wrongShape.ok).toBe(false);
    if (!wrongShape.ok) expect(wrongShape.error.message).toContain('settings.get');
  });
});
