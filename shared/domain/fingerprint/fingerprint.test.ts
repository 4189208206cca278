import { describe, expect, it } from 'vitest';
import { fingerprint } from './fingerprint';

describe('fingerprint', () => {
  const base = ["The mayor said 'we will rebuild' - and meant it.", 'Work starts in May.'];

  it('ignores whitespace, paragraph breaks, quote and dash style', () => {
    const same = fingerprint(base);
    expect(fingerprint(['The  mayor said ‘we will rebuild’ — and meant it.   Work starts in May.'])).toBe(same);
    expect(fingerprint(["The mayor said 'we will rebuild' – and meant it.", '', 'Work starts in May.'])).toBe(same);
  });

  it('changes with any word', () => {
    expect(fingerprint(["The mayor said 'we will rebuild' - and meant it.", 'Work starts in June.'])).not.toBe(fingerprint(base));
    expect(fingerprint(base)).toMatch(/^fp1:[0-9a-f]{16}$/);
  });
});
