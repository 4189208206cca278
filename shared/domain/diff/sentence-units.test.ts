import { describe, expect, it } from 'vitest';
import { compareOptions } from './options';
import { sentenceUnits } from './sentence-units';

const options = compareOptions();

describe('sentenceUnits', () => {
  it('gives each sentence the paragraph it starts in, skipping empty paragraphs', () => {
    const { sentences } = sentenceUnits(['First one. Second one.', '', '  Third   one. '], options);
    expect(sentences.map((s) => [s.text, s.paragraph])).toEqual([
      ['First one.', 0],
      ['Second one.', 0],
      ['Third one.', 2],
    ]);
  });

  it('segments a split and a joined copy alike when the break is not a sentence end', () => {
    const split = sentenceUnits(['He said:', "'We will act.' Then he left."], options).sentences;
    const joined = sentenceUnits(["He said: 'We will act.' Then he left."], options).sentences;
    expect(split.map((s) => s.key)).toEqual(joined.map((s) => s.key));
    expect(split.map((s) => s.paragraph)).toEqual([0, 1]);
  });

  it('keys fold quotes, dashes and spacing but keep case unless asked', () => {
    const [curly, straight] = [sentenceUnits(['\u2018Yes\u2019 \u2013 she said.'], options), sentenceUnits(["'Yes'  -  she said."], options)];
    expect(curly.sentences[0]!.key).toBe(straight.sentences[0]!.key);
    expect(sentenceUnits(['YES.'], options).sentences[0]!.key).not.toBe(sentenceUnits(['yes.'], options).sentences[0]!.key);
    expect(sentenceUnits(['YES.'], compareOptions({ ignoreCase: true })).sentences[0]!.key).toBe('yes.');
  });

  it('stops at the sentence budget and says so', () => {
    const cut = sentenceUnits(['One. Two. Three. Four.'], compareOptions({ maxSentences: 2 }));
    expect(cut).toMatchObject({ approximate: true, sentences: [{ text: 'One.' }, { text: 'Two.' }] });
  });
});
