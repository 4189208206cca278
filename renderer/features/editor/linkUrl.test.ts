import { describe, expect, it } from 'vitest';
import { MAX_LINK_LENGTH, isSafeLinkUrl, readLinkInput } from './linkUrl';

describe('isSafeLinkUrl', () => {
  it('accepts web and mail links', () => {
    expect(isSafeLinkUrl('https://www.bbc.co.uk/news/uk-123')).toBe(true);
    expect(isSafeLinkUrl('http://example.com')).toBe(true);
    expect(isSafeLinkUrl('mailto:desk@example.com')).toBe(true);
  });

  it('refuses script, data, file and relative links', () => {
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'vbscript:x', '/news/1', 'example.com', '']) {
      expect(isSafeLinkUrl(url), url).toBe(false);
    }
  });

  it('refuses schemes hidden by whitespace or control characters', () => {
    expect(isSafeLinkUrl('java\nscript:alert(1)')).toBe(false);
    expect(isSafeLinkUrl('https://exa mple.com')).toBe(false);
    expect(isSafeLinkUrl('https://example.com/\u0000')).toBe(false);
  });

  it('refuses a mailto without an address and an over-long link', () => {
    expect(isSafeLinkUrl('mailto:nobody')).toBe(false);
    expect(isSafeLinkUrl(`https://example.com/${'a'.repeat(MAX_LINK_LENGTH)}`)).toBe(false);
  });
});

describe('readLinkInput', () => {
  it('completes a bare domain and a bare address', () => {
    expect(readLinkInput(' bbc.co.uk/news ')).toEqual({ ok: true, url: 'https://bbc.co.uk/news' });
    expect(readLinkInput('desk@example.com')).toEqual({ ok: true, url: 'mailto:desk@example.com' });
    expect(readLinkInput('https://example.com/a?b=c')).toEqual({ ok: true, url: 'https://example.com/a?b=c' });
  });

  it('explains what is wrong', () => {
    const empty = readLinkInput('  ');
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.problem).toMatch(/Type a web address/);
    const script = readLinkInput('javascript:alert(1)');
    expect(script.ok).toBe(false);
    if (!script.ok) expect(script.problem).toMatch(/Only web/);
    const junk = readLinkInput('two words');
    expect(junk.ok).toBe(false);
    if (!junk.ok) expect(junk.problem).toContain('two words');
  });
});
