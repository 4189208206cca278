import { describe, expect, it } from 'vitest';
import { fileArgDefaults, parseFileArgs, type FileArgs } from './file-args';

interface WithStory extends FileArgs {
  story: string;
}
const parse = (...args: string[]) =>
  parseFileArgs<WithStory>(args, { ...fileArgDefaults(), story: '' }, {
    '--story': (p, value) => (value ? void (p.story = value) : '--story needs a story id'),
  });

describe('parseFileArgs', () => {
  it('reads files, --json, --imported-at and the command’s own options in any order', () => {
    const parsed = parse('--story', 's1', 'a.txt', '--json', '--imported-at', '2026-11-27T09:00:00+01:00', 'b.html');
    expect(parsed).toEqual({ files: ['a.txt', 'b.html'], json: true, importedAt: '2026-11-27T08:00:00.000Z', story: 's1' });
  });

  it('takes everything after -- as file names, even ones starting with a dash', () => {
    expect(parse('--story', 's1', '--', '-odd.txt', '--json')).toMatchObject({ files: ['-odd.txt', '--json'], json: false });
  });

  it('says what is wrong instead of guessing', () => {
    expect(parse('a.txt', '--colour')).toBe('unknown option --colour');
    expect(parse('a.txt', '--imported-at', 'yesterday')).toBe('--imported-at needs an ISO date and time');
    expect(parse('a.txt', '--story')).toBe('--story needs a story id');
    expect(parse('--json')).toBe('name at least one FILE');
  });
});
