import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWindowState, saveWindowState, visibleOn, type WindowState } from './window-state';

const state: WindowState = { bounds: { x: 100, y: 80, width: 1200, height: 800 }, maximized: false };

describe('window state', () => {
  it('round-trips through a real file', async () => {
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'cd-win-')), 'window.json');
    await saveWindowState(file, state);
    expect(await loadWindowState(file)).toEqual(state);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(state);
  });

  it('treats a missing, corrupt or wrong-shaped file as no state', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'cd-win-'));
    expect(await loadWindowState(path.join(dir, 'absent.json'))).toBeNull();
    await writeFile(path.join(dir, 'bad.json'), '{"bounds": ');
    expect(await loadWindowState(path.join(dir, 'bad.json'))).toBeNull();
    await writeFile(path.join(dir, 'shape.json'), '{"bounds": {"x": "left"}, "maximized": 1}');
    expect(await loadWindowState(path.join(dir, 'shape.json'))).toBeNull();
  });

  it('forgets bounds that are on no display any more', () => {
    const laptop = [{ x: 0, y: 0, width: 1440, height: 900 }];
    expect(visibleOn(state, laptop)).toEqual(state);
    expect(visibleOn({ ...state, bounds: { ...state.bounds, x: 3000 } }, laptop)).toBeNull();
    expect(visibleOn(null, laptop)).toBeNull();
  });
});
