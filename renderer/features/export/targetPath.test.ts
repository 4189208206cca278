import { describe, expect, it } from 'vitest';
import { joinPath, splitPath, targetProblem } from './targetPath';

describe('splitPath', () => {
  it('splits POSIX and Windows paths at their last separator', () => {
    expect(splitPath('/home/desk/exports/flack.html')).toEqual({ folder: '/home/desk/exports', name: 'flack.html' });
    expect(splitPath('C:\\Users\\desk\\flack.ninjs.json')).toEqual({ folder: 'C:\\Users\\desk', name: 'flack.ninjs.json' });
    expect(splitPath('/flack.txt')).toEqual({ folder: '/', name: 'flack.txt' });
    expect(splitPath('flack.txt')).toEqual({ folder: '', name: 'flack.txt' });
  });
});

describe('joinPath', () => {
  it("uses the folder's own separator and never doubles it", () => {
    expect(joinPath('/tmp/out', 'a.md')).toBe('/tmp/out/a.md');
    expect(joinPath('/tmp/out/', 'a.md')).toBe('/tmp/out/a.md');
    expect(joinPath('C:\\Exports', 'a.md')).toBe('C:\\Exports\\a.md');
    expect(joinPath(' /tmp ', 'a.md')).toBe('/tmp/a.md');
  });

  it('round-trips with splitPath', () => {
    const { folder, name } = splitPath(joinPath('/srv/desk', 'x-2.nitf.xml'));
    expect([folder, name]).toEqual(['/srv/desk', 'x-2.nitf.xml']);
  });
});

describe('targetProblem', () => {
  it('accepts a full folder and a bare file name', () => {
    expect(targetProblem('/tmp', 'a.html')).toBeNull();
    expect(targetProblem('D:\\desk', 'a.html')).toBeNull();
  });

  it('names what is missing or wrong', () => {
    expect(targetProblem(' ', 'a.html')).toMatch(/folder/);
    expect(targetProblem('exports', 'a.html')).toMatch(/not a full path/);
    expect(targetProblem('/tmp', '')).toMatch(/file name/);
    expect(targetProblem('/tmp', 'sub/a.html')).toMatch(/cannot contain/);
    expect(targetProblem('/tmp', '..')).toMatch(/not a file name/);
  });
});
