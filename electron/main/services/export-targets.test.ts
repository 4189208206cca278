import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExportGrants, targetPath } from './export-targets';

const root = path.resolve('/exports');

describe('targetPath', () => {
  it('refuses relative paths and NUL characters, and normalises the rest', () => {
    expect(() => targetPath('out/story.txt', 'file')).toThrow(expect.objectContaining({ code: 'invalid-input', message: expect.stringContaining('absolute path') }));
    expect(() => targetPath(`${root}/a\0.txt`, 'file')).toThrow(expect.objectContaining({ code: 'invalid-input', message: expect.stringContaining('NUL') }));
    expect(targetPath(path.join(root, 'x', '..', 'story.txt'), 'file')).toBe(path.join(root, 'story.txt'));
  });
});

describe('ExportGrants', () => {
  it('allows a chosen file, its numbered variants and files in a chosen folder, nothing else', () => {
    const grants = new ExportGrants();
    grants.grant('file', path.join(root, 'story.ninjs.json'));
    grants.grant('folder', path.join(root, 'batch'));
    expect(grants.allowsFile(path.join(root, 'story.ninjs.json'))).toBe(true);
    expect(grants.allowsFile(path.join(root, 'story-2.ninjs.json'))).toBe(true);
    expect(grants.allowsFile(path.join(root, 'story-12.ninjs.json'))).toBe(true);
    expect(grants.allowsFile(path.join(root, 'batch', 'anything.txt'))).toBe(true);
    expect(grants.allowsFolder(path.join(root, 'batch'))).toBe(true);

    expect(grants.allowsFile(path.join(root, 'other.ninjs.json'))).toBe(false);
    expect(grants.allowsFile(path.join(root, 'story-1.ninjs.json'))).toBe(false);
    expect(grants.allowsFile(path.join(root, 'story-2.txt'))).toBe(false);
    expect(grants.allowsFile(path.join(root, 'batch', 'deeper', 'a.txt'))).toBe(false);
    expect(grants.allowsFolder(root)).toBe(false);
  });
});
