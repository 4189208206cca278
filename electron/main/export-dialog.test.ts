import type { Dialog } from 'electron';
import { describe, expect, it } from 'vitest';
import { nativePickExportTarget } from './export-dialog';

/** A dialog that records what it was asked and answers as told. */
function fakeDialog(answer: { canceled: boolean; path?: string }) {
  const asked: unknown[] = [];
  const dialog = {
    showSaveDialog: async (options: unknown) => {
      asked.push(options);
      return { canceled: answer.canceled, filePath: answer.path ?? '' };
    },
    showOpenDialog: async (options: unknown) => {
      asked.push(options);
      return { canceled: answer.canceled, filePaths: answer.path ? [answer.path] : [] };
    },
  } as unknown as Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  return { dialog, asked };
}

describe('nativePickExportTarget', () => {
  it('offers a save dialog at the suggested path, filtered on the last extension of the format', async () => {
    const { dialog, asked } = fakeDialog({ canceled: false, path: '/home/sub/story.ninjs.json' });
    const pick = nativePickExportTarget(dialog, () => null);
    expect(await pick({ kind: 'file', defaultPath: '/home/sub/Documents/story.ninjs.json', filter: { name: 'ninjs 3.1', extension: 'ninjs.json' } })).toBe('/home/sub/story.ninjs.json');
    expect(asked[0]).toMatchObject({ defaultPath: '/home/sub/Documents/story.ninjs.json', filters: [{ name: 'ninjs 3.1', extensions: ['json'] }, { name: 'All files', extensions: ['*'] }] });
  });

  it('offers a folder dialog that can create folders, and answers null when cancelled', async () => {
    const { dialog, asked } = fakeDialog({ canceled: true });
    const pick = nativePickExportTarget(dialog, () => null);
    expect(await pick({ kind: 'folder', defaultPath: '/home/sub/Documents', filter: null })).toBeNull();
    expect(asked[0]).toMatchObject({ defaultPath: '/home/sub/Documents', properties: ['openDirectory', 'createDirectory'] });
  });
});
