import { describe, expect, it } from 'vitest';
import { existsQuestion } from './existsQuestion';

describe('existsQuestion', () => {
  it('names the file in the way and the numbered one "Keep both" would write', () => {
    const error = { code: 'exists' as const, message: 'exists', details: { path: '/out/flack.html', numbered: '/out/flack-2.html' } };
    expect(existsQuestion(error, '/elsewhere/x.html')).toEqual({ name: 'flack.html', folder: '/out', numberedName: 'flack-2.html' });
  });

  it('falls back to the requested path, and answers null for other errors', () => {
    expect(existsQuestion({ code: 'exists', message: 'exists' }, 'C:\\out\\a.md')).toEqual({ name: 'a.md', folder: 'C:\\out', numberedName: null });
    expect(existsQuestion({ code: 'write-failed', message: 'disk full' }, '/out/a.md')).toBeNull();
  });
});
