import { describe, expect, it } from 'vitest';
import { isLocalUrl, lockDownSession } from './security';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import type { Session } from 'electron';

describe('session lock-down', () => {
  it('treats only app files (and the dev server in development) as local', () => {
    expect(isLocalUrl('file:///opt/Copydesk/resources/app.asar/dist/renderer/index.html', undefined)).toBe(true);
    expect(isLocalUrl('https://fonts.example.com/a.woff2', undefined)).toBe(false);
    expect(isLocalUrl('http://127.0.0.1:5173/main.tsx', undefined)).toBe(false);
    expect(isLocalUrl('http://127.0.0.1:5173/main.tsx', 'http://127.0.0.1:5173/')).toBe(true);
  });

  it('cancels remote requests, sets the CSP header and refuses every permission but clipboard writing', () => {
    const hooks: Record<string, (details: Record<string, unknown>, cb: (r: Record<string, unknown>) => void) => void> = {};
    let permission: ((wc: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined;
    let check: ((wc: unknown, p: string) => boolean) | undefined;
    const session = {
      webRequest: {
        onBeforeRequest: (fn: never) => (hooks.before = fn),
        onHeadersReceived: (fn: never) => (hooks.headers = fn),
      },
      setPermissionRequestHandler: (fn: typeof permission) => (permission = fn),
      setPermissionCheckHandler: (fn: typeof check) => (check = fn),
    } as unknown as Session;
    lockDownSession(session, undefined);

    const answers: Record<string, unknown>[] = [];
    hooks.before!({ url: 'https://tracker.example/pixel.gif' }, (r) => answers.push(r));
    hooks.before!({ url: 'file:///app/dist/renderer/index.html' }, (r) => answers.push(r));
    expect(answers).toEqual([{ cancel: true }, { cancel: false }]);

    let headers: Record<string, string[]> = {};
    hooks.headers!({ responseHeaders: { 'Content-Type': ['text/html'] } }, (r) => (headers = r.responseHeaders as Record<string, string[]>));
    expect(headers['Content-Security-Policy']![0]).toContain(CONTENT_SECURITY_POLICY);
    expect(headers['Content-Security-Policy']![0]).toContain("frame-ancestors 'none'");

    const asked = ['media', 'clipboard-read', 'notifications', 'clipboard-sanitized-write'];
    const granted: boolean[] = [];
    for (const name of asked) permission!(null, name, (ok) => granted.push(ok));
    expect(granted).toEqual([false, false, false, true]);
    expect(asked.map((name) => check!(null, name))).toEqual([false, false, false, true]);
  });
});
