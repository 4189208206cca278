import { describe, expect, it } from 'vitest';
import { filesOfEntries, filesOfFolderInput, isHiddenName } from './folderFiles';

const fileEntry = (name: string): FileSystemEntry =>
  ({ name, isFile: true, isDirectory: false, file: (ok: (f: File) => void) => ok(new File([name], name)) }) as unknown as FileSystemEntry;

/** A directory whose reader answers in pieces of two, as real readers answer in pieces of 100. */
const dirEntry = (name: string, children: FileSystemEntry[]): FileSystemEntry =>
  ({
    name,
    isFile: false,
    isDirectory: true,
    createReader: () => {
      let at = 0;
      return {
        readEntries: (ok: (e: FileSystemEntry[]) => void) => {
          ok(children.slice(at, at + 2));
          at += 2;
        },
      };
    },
  }) as unknown as FileSystemEntry;

const brokenEntry = { name: 'gone.txt', isFile: true, isDirectory: false, file: (_: unknown, fail: (e: Error) => void) => fail(new Error('gone')) } as unknown as FileSystemEntry;

describe('filesOfEntries', () => {
  it('walks folders recursively, skipping hidden and vanished files', async () => {
    const tree = [fileEntry('top.txt'), dirEntry('wire', [fileEntry('a.xml'), fileEntry('.DS_Store'), dirEntry('more', [fileEntry('b.json')]), fileEntry('c.md'), brokenEntry])];
    const { files, truncated, skipped } = await filesOfEntries(tree);
    expect(files.map((f) => f.name).sort()).toEqual(['a.xml', 'b.json', 'c.md', 'top.txt']);
    expect(truncated).toBe(false);
    expect(skipped).toBe(1);
  });

  it('stops at the budget and says so', async () => {
    const { files, truncated } = await filesOfEntries([dirEntry('many', ['1', '2', '3', '4', '5'].map(fileEntry))], 3);
    expect(files).toHaveLength(3);
    expect(truncated).toBe(true);
  });
});

describe('filesOfFolderInput', () => {
  it('drops hidden files and honours the budget', () => {
    const list = ['a.txt', '.hidden', '~$lock.docx', 'b.txt', 'c.txt'].map((n) => new File([n], n));
    expect(filesOfFolderInput(list)).toMatchObject({ skipped: 2, truncated: false });
    expect(filesOfFolderInput(list).files.map((f) => f.name)).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(filesOfFolderInput(list, 2)).toMatchObject({ truncated: true });
    expect(isHiddenName('report.txt')).toBe(false);
  });
});
