import { describe, expect, it } from 'vitest';
import { externalLink, isAppPage, isLocalUrl, MAX_EXTERNAL_URL_LENGTH, type AppPages } from './security';

const pages: AppPages = { rendererDir: '/opt/Copydesk/resources/app.asar/dist/renderer', devServerUrl: undefined };
const dev: AppPages = { ...pages, devServerUrl: 'http://127.0.0.1:5173/' };

// The session hooks built from these (request filter, CSP header, permissions) are checked in security-checklist.test.ts.
describe('what counts as the app’s own', () => {
  it('treats only the renderer’s own files (and the dev server in development) as local', () => {
    expect(isLocalUrl('file:///opt/Copydesk/resources/app.asar/dist/renderer/index.html', pages)).toBe(true);
    expect(isLocalUrl('file:///opt/Copydesk/resources/app.asar/dist/renderer/assets/index-1.js?v=2#x', pages)).toBe(true);
    expect(isLocalUrl('data:image/png;base64,AAAA', pages)).toBe(true);
    expect(isLocalUrl('https://fonts.example.com/a.woff2', pages)).toBe(false);
    expect(isLocalUrl('http://127.0.0.1:5173/main.tsx', pages)).toBe(false);
    expect(isLocalUrl('http://127.0.0.1:5173/main.tsx', dev)).toBe(true);
    expect(isLocalUrl('http://127.0.0.1:5173.evil.example/main.tsx', { ...pages, devServerUrl: 'http://127.0.0.1:5173' })).toBe(false);
    expect(isLocalUrl('ws://127.0.0.1:5173/?token=x', dev)).toBe(true); // Vite's hot reload, development only
    expect(isLocalUrl('ws://127.0.0.1:5173/', pages)).toBe(false);
    expect(isLocalUrl('ws://127.0.0.1:9/', dev)).toBe(false);
  });

  it.each([
    ['a system file', 'file:///etc/passwd'],
    ['a user’s file', 'file:///home/sub/Documents/wire.html'],
    ['the folder above the renderer', 'file:///opt/Copydesk/resources/app.asar/dist/electron/main.cjs'],
    ['a folder whose name only starts like the renderer’s', 'file:///opt/Copydesk/resources/app.asar/dist/renderer-evil/x.js'],
    ['a climb out with ..', 'file:///opt/Copydesk/resources/app.asar/dist/renderer/../../../../../etc/passwd'],
    ['a climb out with encoded dots', 'file:///opt/Copydesk/resources/app.asar/dist/renderer/%2e%2e/%2e%2e/secret'],
    ['an encoded slash', 'file:///opt/Copydesk/resources/app.asar/dist/renderer%2f..%2f..%2fsecret'],
    ['a file on another host', 'file://fileserver/opt/Copydesk/resources/app.asar/dist/renderer/index.html'],
    ['the renderer folder itself (a directory listing)', 'file:///opt/Copydesk/resources/app.asar/dist/renderer/'],
  ])('refuses %s', (_what, url) => {
    expect(isLocalUrl(url, pages)).toBe(false);
  });

  it('recognises only the renderer’s index.html (or the dev server) as the app’s page', () => {
    expect(isAppPage('file:///opt/Copydesk/resources/app.asar/dist/renderer/index.html', pages)).toBe(true);
    expect(isAppPage('file:///opt/Copydesk/resources/app.asar/dist/renderer/index.html#/merge?d=1', pages)).toBe(true);
    expect(isAppPage('file:///opt/Copydesk/resources/app.asar/dist/renderer/assets/evil.html', pages)).toBe(false);
    expect(isAppPage('file:///tmp/index.html', pages)).toBe(false);
    expect(isAppPage('https://evil.example/index.html', pages)).toBe(false);
    expect(isAppPage('http://127.0.0.1:5173/', dev)).toBe(true);
    expect(isAppPage('ws://127.0.0.1:5173/', dev)).toBe(false);
    expect(isAppPage('file:///opt/Copydesk/resources/app.asar/dist/renderer/index.html', dev)).toBe(false);
  });

  it('matches installs whose path has spaces or accents, as Chromium percent-encodes them', () => {
    const spaced: AppPages = { rendererDir: '/Users/Zoë Smith/Apps/Copydesk/dist/renderer', devServerUrl: undefined };
    expect(isAppPage('file:///Users/Zo%C3%AB%20Smith/Apps/Copydesk/dist/renderer/index.html', spaced)).toBe(true);
    expect(isLocalUrl('file:///Users/Zo%C3%AB%20Smith/Apps/Copydesk/dist/renderer/assets/a.js', spaced)).toBe(true);
    expect(isLocalUrl('file:///Users/Zo%C3%AB%20Smith/Apps/Copydesk/dist/secrets.txt', spaced)).toBe(false);
  });

  it('hands only plain web links to the system browser', () => {
    expect(externalLink('https://agency.example/story?id=1#top')).toBe('https://agency.example/story?id=1#top');
    expect(externalLink('HTTP://Agency.Example/a b')).toBe('http://agency.example/a%20b');
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,<script>1</script>', 'smb://host/share', 'ms-msdt:/id', 'not a url']) {
      expect(externalLink(url)).toBeNull();
    }
    expect(externalLink('https://agency.example@evil.example/')).toBeNull();
    expect(externalLink('https://user:pass@agency.example/')).toBeNull();
    expect(externalLink(`https://agency.example/${'a'.repeat(MAX_EXTERNAL_URL_LENGTH)}`)).toBeNull();
  });
});
