import { describe, expect, it } from 'vitest';
import { takeToken, type TokenEnvironment } from './token';

function environment(href: string, stored: Record<string, string> = {}) {
  const storage = new Map(Object.entries(stored));
  const replaced: string[] = [];
  const env: TokenEnvironment = {
    href,
    storage: { getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => void storage.set(k, v) },
    replaceUrl: (url) => void replaced.push(url),
  };
  return { env, storage, replaced };
}

describe('takeToken', () => {
  it('moves the token from the address to session storage and out of the address bar', () => {
    const { env, storage, replaced } = environment('http://127.0.0.1:5000/?token=abc123&view=x#top');
    expect(takeToken(env)).toBe('abc123');
    expect([...storage.values()]).toEqual(['abc123']);
    expect(replaced).toEqual(['/?view=x#top']);
  });

  it('finds the stored token after a reload, without touching the address', () => {
    const first = environment('http://127.0.0.1:5000/?token=abc123');
    takeToken(first.env);
    const { env, replaced } = environment('http://127.0.0.1:5000/', Object.fromEntries(first.storage));
    expect(takeToken(env)).toBe('abc123');
    expect(replaced).toEqual([]);
  });

  it('prefers a new token in the address over an old stored one', () => {
    const first = environment('http://127.0.0.1:5000/?token=old');
    takeToken(first.env);
    const { env } = environment('http://127.0.0.1:5000/?token=new', Object.fromEntries(first.storage));
    expect(takeToken(env)).toBe('new');
  });

  it('returns null when there is no token anywhere', () => {
    expect(takeToken(environment('http://127.0.0.1:5000/?token=').env)).toBeNull();
    expect(takeToken(environment('http://127.0.0.1:5000/').env)).toBeNull();
  });
});
