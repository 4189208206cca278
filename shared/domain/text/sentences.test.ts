import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

describe('splitSentences', () => {
  it('splits at terminal marks followed by a capital', () => {
    expect(splitSentences('The vote passed. Ministers cheered! Was it close? Yes.')).toEqual([
      'The vote passed.',
      'Ministers cheered!',
      'Was it close?',
      'Yes.',
    ]);
  });

  it('keeps titles, initials, acronyms, decimals and "No. 10" inside the sentence', () => {
    const text = 'Mr Smith met Dr. Jones at No. 10 with John F. Kennedy Jr. and the U.S. envoy. Rates rose 2.5 per cent.';
    expect(splitSentences(text)).toEqual([
      'Mr Smith met Dr. Jones at No. 10 with John F. Kennedy Jr. and the U.S. envoy.',
      'Rates rose 2.5 per cent.',
    ]);
  });

  it('keeps reported speech whole and splits after a closing quote', () => {
    const text = "'Is it over?' she asked. 'It is,' he said. He added: 'We won.' The crowd left.";
    expect(splitSentences(text)).toEqual(["'Is it over?' she asked.", "'It is,' he said.", "He added: 'We won.'", 'The crowd left.']);
  });

  it('splits before a typographic opening quote and handles mixed quote styles', () => {
    const text = 'He told him: ‘You abused the trust. ‘Police officers matter.\' The judge agreed.';
    expect(splitSentences(text)).toEqual(['He told him: ‘You abused the trust.', "‘Police officers matter.'", 'The judge agreed.']);
  });

  it('treats "no." as a sentence end when no number follows', () => {
    expect(splitSentences('She said no. Then she left.')).toEqual(['She said no.', 'Then she left.']);
  });

  it('gives back the text when the sentences are joined', () => {
    const text = 'One.  Two   words here? Three!';
    expect(splitSentences(text).join(' ')).toBe('One. Two words here? Three!');
  });
});
