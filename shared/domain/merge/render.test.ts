import { describe, expect, it } from 'vitest';
import { renderArticle } from '.';

describe('renderArticle', () => {
  const article = { headline: 'Council backs *new* bridge', paragraphs: ['1. The vote was 7-2.', '# not a heading', 'Plain text.'] };

  it('writes headline, a blank line, then paragraphs separated by blank lines', () => {
    expect(renderArticle(article, 'txt')).toBe('Council backs *new* bridge\n\n1. The vote was 7-2.\n\n# not a heading\n\nPlain text.\n');
    expect(renderArticle({ headline: null, paragraphs: ['One.', 'Two.'] }, 'txt')).toBe('One.\n\nTwo.\n');
  });

  it('keeps paragraphs paragraphs in Markdown, whatever they start with', () => {
    expect(renderArticle(article, 'md')).toBe('# Council backs \\*new\\* bridge\n\n1\\. The vote was 7-2.\n\n\\# not a heading\n\nPlain text.\n');
  });
});
