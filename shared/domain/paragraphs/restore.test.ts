import { describe, expect, it } from 'vitest';
import { followSibling } from './follow-sibling';
import { newsStyleParagraphs } from './news-style';
import { needsRestoration, restoreParagraphs } from './restore';

describe('newsStyleParagraphs', () => {
  it('starts a paragraph at each quotation and keeps a continuing quotation together', () => {
    const sentences = [
      'The mayor opened the bridge on Monday.',
      "'This is a great day for the town. It has waited forty years,' she said.",
      "'Nobody thought we would see it.'",
      'The bridge cost £4m.',
    ];
    expect(newsStyleParagraphs(sentences)).toEqual([
      'The mayor opened the bridge on Monday.',
      "'This is a great day for the town. It has waited forty years,' she said.",
      "'Nobody thought we would see it.'",
      'The bridge cost £4m.',
    ]);
    expect(newsStyleParagraphs(["'The law is clear: we must act.", "These rights matter,' he said.", 'He left.'])).toEqual([
      "'The law is clear: we must act. These rights matter,' he said.",
      'He left.',
    ]);
  });

  it('never puts more than three sentences in a paragraph', () => {
    const short = Array.from({ length: 7 }, (_, i) => `Item ${i} passed.`);
    const paragraphs = newsStyleParagraphs(short);
    expect(paragraphs.join(' ')).toBe(short.join(' '));
    for (const p of paragraphs) expect(p.split('. ').length).toBeLessThanOrEqual(3);
  });
});

describe('followSibling', () => {
  const sibling = ['The council met on Monday. It voted to close the pool.', 'Residents protested outside.', "'We are angry,' one said."];

  it('copies the sibling breaks and gives inserted sentences their own paragraphs', () => {
    const sentences = ['The council met on Monday.', 'It voted to close the pool.', 'The decision surprised many.', 'Residents protested outside.', "'We are angry,' one said."];
    expect(followSibling(sentences, sibling)?.paragraphs).toEqual([
      'The council met on Monday. It voted to close the pool.',
      'The decision surprised many.',
      'Residents protested outside.',
      "'We are angry,' one said.",
    ]);
  });

  it('matches lightly edited sentences and quote styles', () => {
    const sentences = ['The council met on Monday.', 'It voted to shut the pool.', 'Residents protested outside.', '‘We are angry,’ one said.'];
    expect(followSibling(sentences, sibling)?.paragraphs).toHaveLength(3);
  });

  it('declines when too little matches', () => {
    expect(followSibling(['A different story.', 'About something else.', 'Entirely.'], sibling)).toBeNull();
  });
});

describe('restoreParagraphs', () => {
  const flat = ['One thing happened today. Another thing followed it. A third came later. Then it ended.'];

  it('leaves bodies that kept their breaks alone', () => {
    expect(needsRestoration(['A.', 'B.'])).toBe(false);
    expect(restoreParagraphs(['Short item. Two sentences.'])).toEqual({ paragraphs: ['Short item. Two sentences.'], method: 'source', approximate: false });
  });

  it('uses a sibling with breaks when one matches, else news style', () => {
    const sibling = ['One thing happened today.', 'Another thing followed it. A third came later.', 'Then it ended.'];
    expect(restoreParagraphs(flat, [sibling])).toMatchObject({ paragraphs: sibling, method: 'sibling' });
    const alone = restoreParagraphs(flat, []);
    expect(alone.method).toBe('news-style');
    expect(alone.paragraphs.join(' ')).toBe(flat[0]);
    expect(alone.paragraphs.length).toBeGreaterThan(1);
  });
});
