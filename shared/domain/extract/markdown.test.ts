import { describe, expect, it } from 'vitest';
import { markdownToText } from './markdown';

describe('markdownToText', () => {
  it('gives one line per block, blank lines where the source had them', () => {
    const md = [
      '# Storm hits *coast*',
      'By Jane Doe',
      '',
      'The storm **made landfall** at dawn,',
      'according to [the agency](https://example.com "title").',
      '',
      '- first item',
      '- second _item_',
      '',
      '> A quoted line',
      '> continues here.',
      '',
      '![photo](x.png)',
      '',
      '---',
      '',
      'Subhead',
      '=======',
      'Last `code` and \\*stars\\* and snake_case_word.',
      '[ref]: https://example.com',
    ].join('\n');
    expect(markdownToText(md, 'story.md').split('\n')).toEqual([
      'Storm hits coast',
      'By Jane Doe',
      '',
      'The storm made landfall at dawn, according to the agency.',
      '',
      'first item',
      'second item',
      '',
      'A quoted line continues here.',
      '',
      'Subhead',
      'Last code and *stars* and snake_case_word.',
    ]);
  });

  it('keeps fenced text as it is and refuses oversized input', () => {
    expect(markdownToText('```\n*raw*\n```', 'code.md')).toBe('*raw*');
    expect(() => markdownToText('x'.repeat(20_000_001), 'big.md')).toThrow(/^big\.md: the Markdown file is too large/);
  });
});
