import { readFileSync } from 'node:fs';
import { countWords } from '../shared/domain/draft';
import { checkStyle } from '../shared/domain/style';
import { timed } from './compare.bench';
import { below, type BenchSuite } from './row';

/**
 * The house-style panel rechecks the whole draft after each pause in typing, so a check of a long draft must
 * stay well inside a frame budget's few multiples. Real scraped copy (the seed page, straight and curly quotes
 * mixed, as pasted) repeated to 5,000 words, checked in both styles.
 */
export const rows: BenchSuite = async () => {
  const seed = readFileSync(new URL('../../shared/fixtures/seed/daily8-met-lfr.txt', import.meta.url), 'utf8');
  let text = '';
  while (countWords(text) < 5000) text += `${seed}\n`;
  let suggestions = 0;
  const ukMs = timed(() => (suggestions = checkStyle(text, { quoteStyle: 'uk' }).suggestions.length), 15);
  const usMs = timed(() => void checkStyle(text, { quoteStyle: 'us' }), 15);
  // A check that found nothing would be fast and wrong: the seed copy has hundreds of points to make.
  const found = suggestions > 100;
  return [
    { ...below('style: house-style check of a 5,000-word draft, UK, median', ukMs, 'ms', 50), met: ukMs < 50 && found },
    { ...below('style: house-style check of a 5,000-word draft, US, median', usMs, 'ms', 50), met: usMs < 50 && found },
  ];
};
