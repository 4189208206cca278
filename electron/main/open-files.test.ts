import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pathsFromArgv, uniquePaths } from './open-files';

describe('pathsFromArgv', () => {
  const packaged = { cwd: '/home/sub', defaultApp: false, pathApi: path.posix };

  it('takes the files after the executable, resolving relative ones against the launch folder', () => {
    expect(pathsFromArgv(['/opt/Copydesk/copydesk', 'wire.txt', '../desk/ap.ninjs.json', '/tmp/page.html'], packaged)).toEqual([
      '/home/sub/wire.txt',
      '/home/desk/ap.ninjs.json',
      '/tmp/page.html',
    ]);
  });

  it('skips the app folder in development, switches anywhere, macOS process serials and non-file URLs', () => {
    const argv = ['/usr/lib/electron', '.', '--no-sandbox', 'a.txt', '--allow-file-access-from-files', '-psn_0_12345', 'copydesk://open', 'https://example.com/x', 'b.xml'];
    expect(pathsFromArgv(argv, { ...packaged, defaultApp: true })).toEqual(['/home/sub/a.txt', '/home/sub/b.xml']);
    // Packaged, the same "." is a file argument: the launch folder, imported like a picked folder.
    expect(pathsFromArgv(argv, packaged)).toEqual(['/home/sub', '/home/sub/a.txt', '/home/sub/b.xml']);
  });

  it('finds the app folder in development after switches that come before it (Playwright adds --inspect=0)', () => {
    const argv = ['/usr/lib/electron', '--inspect=0', '--remote-debugging-port=0', '/src/copydesk', 'wire.txt'];
    expect(pathsFromArgv(argv, { ...packaged, defaultApp: true })).toEqual(['/home/sub/wire.txt']);
    expect(pathsFromArgv(['/usr/lib/electron', '--inspect=0', '/src/copydesk'], { ...packaged, defaultApp: true })).toEqual([]);
  });

  it('takes everything after "--" as a file, and turns file URLs into paths', () => {
    expect(pathsFromArgv(['copydesk', '--', '-odd name.txt', '--also'], packaged)).toEqual(['/home/sub/-odd name.txt', '/home/sub/--also']);
    expect(pathsFromArgv(['copydesk', 'file:///tmp/a%20b.txt'], packaged)).toEqual(['/tmp/a b.txt']);
  });

  it('resolves Windows paths against a Windows launch folder', () => {
    const windows = { cwd: 'C:\\Users\\sub', defaultApp: false, pathApi: path.win32 };
    expect(pathsFromArgv(['C:\\Program Files\\Copydesk\\Copydesk.exe', 'wire.txt', 'D:\\in\\page.html'], windows)).toEqual([
      'C:\\Users\\sub\\wire.txt',
      'D:\\in\\page.html',
    ]);
  });

  it('names each file once, in first-seen order, and nothing for a bare launch', () => {
    expect(pathsFromArgv(['copydesk', 'a.txt', './a.txt', '/home/sub/a.txt', 'b.txt'], packaged)).toEqual(['/home/sub/a.txt', '/home/sub/b.txt']);
    expect(pathsFromArgv(['copydesk'], packaged)).toEqual([]);
    expect(pathsFromArgv(['copydesk', '', '  '], packaged)).toEqual([]);
    expect(uniquePaths(['b', 'a', 'b'])).toEqual(['b', 'a']);
  });
});
