import { TOKEN_QUERY } from '../../shared/api/http';

/** The few browser facilities token handling needs, so it can be tested without a DOM. */
export interface TokenEnvironment {
  href: string;
  storage: Pick<Storage, 'getItem' | 'setItem'>;
  replaceUrl: (url: string) => void;
}

const STORAGE_KEY = 'copydesk.token';

/**
 * The browser twin's per-run token arrives once, in the address the server prints. It is moved to
 * sessionStorage and out of the address bar at once, so it does not linger in history, bookmarks or
 * screenshots, yet survives a reload of the tab.
 */
export function takeToken(env: TokenEnvironment): string | null {
  const url = new URL(env.href);
  const fromUrl = url.searchParams.get(TOKEN_QUERY);
  if (fromUrl) {
    env.storage.setItem(STORAGE_KEY, fromUrl);
    url.searchParams.delete(TOKEN_QUERY);
    env.replaceUrl(url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return env.storage.getItem(STORAGE_KEY) || null;
}
