import { describe, expect, it, vi } from 'vitest';
import { collectOpenedFiles } from './open-events';

type Listener = (...args: unknown[]) => void;

function fakeApp() {
  const listeners = new Map<string, Listener>();
  return { app: { on: (name: string, listener: Listener) => listeners.set(name, listener) }, emit: (name: string, ...args: unknown[]) => listeners.get(name)!(...args) };
}

describe('collectOpenedFiles', () => {
  it("takes this launch's files, skipping the app folder in development", () => {
    const { app } = fakeApp();
    const added: string[][] = [];
    collectOpenedFiles(app as never, { argv: ['/usr/bin/electron', '/src/copydesk', 'wire.txt'], cwd: () => '/home/sub', defaultApp: true }, (p) => added.push(p));
    expect(added).toEqual([['/home/sub/wire.txt']]);
  });

  it('takes macOS open-file paths, telling the OS they are handled', () => {
    const { app, emit } = fakeApp();
    const added: string[][] = [];
    collectOpenedFiles(app as never, { argv: ['/Applications/Copydesk.app/Contents/MacOS/Copydesk'], cwd: () => '/' }, (p) => added.push(p));
    const event = { preventDefault: vi.fn() };
    emit('open-file', event, '/Users/sub/Desktop/ap.ninjs.json');
    expect(event.preventDefault).toHaveBeenCalled();
    expect(added).toEqual([[], ['/Users/sub/Desktop/ap.ninjs.json']]);
  });

  it("takes a second launch's files relative to the folder it was launched from", () => {
    const { app, emit } = fakeApp();
    const added: string[][] = [];
    collectOpenedFiles(app as never, { argv: ['/opt/Copydesk/copydesk'], cwd: () => '/home/sub' }, (p) => added.push(p));
    emit('second-instance', {}, ['/opt/Copydesk/copydesk', '--allow-file-access-from-files', 'page.html', '/tmp/x.docx'], '/srv/desk');
    expect(added.at(-1)).toEqual(['/srv/desk/page.html', '/tmp/x.docx']);
  });
});
