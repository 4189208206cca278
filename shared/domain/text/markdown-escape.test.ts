import { describe, expect, it } from 'vitest';
import { escapeMarkdown, escapeMarkdownInline, escapeMarkdownLineStarts } from './markdown-escape';

describe('escapeMarkdown', () => {
  it('escapes inline marks everywhere and block marks at every line start', () => {
    expect(escapeMarkdown('1. a *b* _c_ `d` [e] <f> \\ g')).toBe('1\\. a \\*b\\* \\_c\\_ \\`d\\` \\[e\\] \\<f> \\\\ g');
    expect(escapeMarkdown('first\n# second\n  - third\n> fourth')).toBe('first\n\\# second\n  \\- third\n\\> fourth');
  });

  it('escapes an ampersand only where it would start a character reference', () => {
    expect(escapeMarkdown('AT&T &amp; &#169; & more')).toBe('AT&T \\&amp; \\&#169; & more');
  });

  it('splits into the inline and line-start steps', () => {
    expect(escapeMarkdownInline('# a*b')).toBe('# a\\*b');
    expect(escapeMarkdownLineStarts('# a\n2) b')).toBe('\\# a\n2\\) b');
  });
});
