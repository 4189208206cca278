import { describe, expect, it } from 'vitest';
import type { RelatedDiff } from '../../../shared/domain/diff';
import { comparePair } from './comparePair';
import { inlineParagraphs } from './inlineText';
import { sideContent } from './rowText';

const options = { ignoreWhitespace: true, ignoreTypography: true, ignoreCase: false };
const version = (id: string, paragraphs: string[]) => ({ id, outlet: id, publishedAt: null, paragraphs });
const OLD = ['The council met on Monday. It approved the budget.', 'The mayor has been contacted for comment.'];
const NEW = ['The council met on Monday. Spending rises by 3%. It approved the budget.', 'The mayor said the budget was fair.'];

function related() {
  const { diff, rows } = comparePair(version('old', OLD), version('new', NEW), options);
  if (!diff.related) throw new Error('expected related versions');
  return { diff: diff as RelatedDiff, rows };
}

describe('inline text', () => {
  it('reads as the new version, with the insertion and the rewording marked in place', () => {
    const { diff, rows } = related();
    const paragraphs = inlineParagraphs(diff, rows);
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0]!.map((p) => p.kind)).toEqual(['same', 'insert', 'same']);
    const insert = paragraphs[0]![1]!;
    expect(insert.kind === 'insert' && insert.text).toBe('Spending rises by 3%.');
    const replace = paragraphs[1]![0]!;
    if (replace.kind !== 'replace') throw new Error(`expected a replace, got ${replace.kind}`);
    const asNew = replace.words.filter((w) => !w.removed).map((w) => w.value).join('');
    const asOld = replace.words.filter((w) => !w.added).map((w) => w.value).join('');
    expect(asNew).toBe('The mayor said the budget was fair.');
    expect(asOld).toBe('The mayor has been contacted for comment.');
  });
  it('shows a deletion where it stood when comparing the other way', () => {
    const { diff, rows } = comparePair(version('new', NEW), version('old', OLD), options);
    if (!diff.related) throw new Error('expected related versions');
    const pieces = inlineParagraphs(diff, rows).flat();
    expect(pieces.filter((p) => p.kind === 'delete').map((p) => 'text' in p && p.text)).toEqual(['Spending rises by 3%.']);
  });
});

describe('side-by-side cells', () => {
  it('shows each column in its own wording and leaves the missing side empty', () => {
    const { diff, rows } = related();
    const insert = rows.find((r) => r.kind === 'insert')!;
    expect(sideContent(diff, insert, 'old')).toEqual({ kind: 'empty' });
    expect(sideContent(diff, insert, 'new')).toEqual({ kind: 'text', text: 'Spending rises by 3%.' });
    const replace = rows.find((r) => r.kind === 'replace')!;
    const left = sideContent(diff, replace, 'old');
    const right = sideContent(diff, replace, 'new');
    if (left.kind !== 'words' || right.kind !== 'words') throw new Error('expected word runs');
    expect(left.words.some((w) => w.added)).toBe(false);
    expect(right.words.some((w) => w.removed)).toBe(false);
    expect(right.words.filter((w) => w.added).map((w) => w.value).join('')).toContain('said');
  });
});
