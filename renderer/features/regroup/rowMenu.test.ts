import { describe, expect, it } from 'vitest';
import type { CopySummary, StorySummary } from '../../../shared/domain/model';
import type { LibraryRow } from '../library/libraryTree';
import type { RegroupRequest } from './RegroupDialogs';
import { rowMenuItems } from './rowMenu';

const copy = (id: string) => ({ id, storyId: 's1' }) as CopySummary;
const story = { id: 's1' } as StorySummary;
const storyRow = (copies: CopySummary[]): LibraryRow => ({ key: 'story:s1', kind: 'story', story, copies, expanded: false, level: 1 });
const copyRow: LibraryRow = { key: 'copy:c1', kind: 'copy', copy: copy('c1'), parentKey: 'story:s1', level: 2 };

describe('rowMenuItems', () => {
  it('offers open, move and delete on a copy, each asking for its own dialog', () => {
    const asked: RegroupRequest[] = [];
    const opened: string[] = [];
    const items = rowMenuItems(copyRow, 3, (r) => asked.push(r), (id) => opened.push(id));
    expect(items.map((i) => i.label)).toEqual(['Open', 'Move to story…', 'Delete copy…']);
    items.forEach((i) => i.onSelect());
    expect(opened).toEqual(['c1']);
    expect(asked.map((r) => r.kind)).toEqual(['move', 'delete']);
  });

  it('offers split only with two versions and join only with another story', () => {
    expect(rowMenuItems(storyRow([copy('a'), copy('b')]), 2, () => {}, () => {}).map((i) => i.label)).toEqual(['Split selected versions off…', 'Join with…']);
    expect(rowMenuItems(storyRow([copy('a')]), 2, () => {}, () => {}).map((i) => i.label)).toEqual(['Join with…']);
    expect(rowMenuItems(storyRow([copy('a')]), 1, () => {}, () => {})).toEqual([]);
  });
});
