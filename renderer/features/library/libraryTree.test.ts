import { describe, expect, it } from 'vitest';
import type { Library } from '../../../shared/api/contract';
import type { CopySummary, DraftSummary, StorySummary } from '../../../shared/domain/model';
import { buildTree, copyKey, draftKey, DRAFTS_KEY, storyKey, treePositions, visibleRows } from './libraryTree';
import { rowCommand, treeAction } from './treeKeys';

const copy = (id: string, storyId: string | null): CopySummary => ({
  id,
  fingerprint: `f-${id}`,
  origin: { source: 'sample', format: 'text', index: 0 },
  outlet: `Outlet ${id}`,
  headline: `Headline ${id}`,
  published: null,
  publishedAt: null,
  byline: null,
  dateline: null,
  importedAt: '2026-11-27T10:00:00.000Z',
  storyId,
  snippet: '',
  wordCount: 3,
});
const story = (id: string, copyIds: string[]): StorySummary => ({
  id,
  headline: `Story ${id}`,
  copyIds,
  createdAt: '2026-11-27T10:00:00.000Z',
  updatedAt: '2026-11-27T10:00:00.000Z',
  outlets: [],
  newestAt: null,
});

const draft = (id: string): DraftSummary => ({
  id,
  storyId: 's1',
  title: `Draft ${id}`,
  status: 'draft',
  revision: 1,
  createdAt: '2026-11-27T11:00:00.000Z',
  updatedAt: '2026-11-27T11:00:00.000Z',
});

// s1 holds c2 then c1 (story order, not list order); c3 belongs to a story the filter left out; c4 is ungrouped.
const library: Library = {
  stories: [story('s1', ['c2', 'c1', 'gone']), story('s2', ['c5'])],
  copies: [copy('c1', 's1'), copy('c2', 's1'), copy('c3', 'sX'), copy('c4', null)],
  total: { stories: 2, copies: 4 },
  drafts: [],
  outlets: [],
};

describe('buildTree', () => {
  it('orders copies as their story lists them and keeps unplaced copies as loose rows', () => {
    const nodes = buildTree(library);
    expect(nodes.map((n) => [n.story?.id ?? null, n.copies.map((c) => c.id)])).toEqual([
      ['s1', ['c2', 'c1']],
      ['s2', []],
      [null, ['c3']],
      [null, ['c4']],
    ]);
  });
});

describe('visibleRows', () => {
  it('shows a story’s copies only when it is expanded', () => {
    const nodes = buildTree(library);
    expect(visibleRows(nodes, new Set(), []).map((r) => r.key)).toEqual(['story:s1', 'story:s2', 'copy:c3', 'copy:c4']);
    const open = visibleRows(nodes, new Set([storyKey('s1')]), []);
    expect(open.map((r) => `${r.key}@${r.level}`)).toEqual(['story:s1@1', 'copy:c2@2', 'copy:c1@2', 'story:s2@1', 'copy:c3@1', 'copy:c4@1']);
  });

  it('puts the drafts first under their own heading, listed in the order given, only when there are any', () => {
    const nodes = buildTree(library);
    const drafts = [draft('d2'), draft('d1')];
    expect(visibleRows(nodes, new Set(), drafts).map((r) => r.key)).toEqual([DRAFTS_KEY, 'story:s1', 'story:s2', 'copy:c3', 'copy:c4']);
    const open = visibleRows(nodes, new Set([DRAFTS_KEY]), drafts);
    expect(open.slice(0, 3).map((r) => `${r.key}@${r.level}`)).toEqual(['drafts@1', 'draft:d2@2', 'draft:d1@2']);
    expect(open[0]).toMatchObject({ kind: 'drafts', expanded: true, drafts });
    expect(visibleRows(nodes, new Set([DRAFTS_KEY]), []).map((r) => r.kind)).not.toContain('drafts');
  });
});

describe('treePositions', () => {
  it('numbers each row among its siblings: the top level as one set, each open group’s children as another', () => {
    const rows = visibleRows(buildTree(library), new Set([DRAFTS_KEY, storyKey('s1')]), [draft('d1'), draft('d2'), draft('d3')]);
    const described = rows.map((row, i) => `${row.key} ${treePositions(rows)[i]!.posInSet}/${treePositions(rows)[i]!.setSize}`);
    expect(described).toEqual([
      'drafts 1/5',
      'draft:d1 1/3',
      'draft:d2 2/3',
      'draft:d3 3/3',
      'story:s1 2/5',
      'copy:c2 1/2',
      'copy:c1 2/2',
      'story:s2 3/5',
      'copy:c3 4/5',
      'copy:c4 5/5',
    ]);
    // Stories of pages not fetched yet still count among the top level's siblings.
    expect(treePositions(rows, 40).map((p) => p.setSize)).toEqual([45, 3, 3, 3, 45, 2, 2, 45, 45, 45]);
  });
});

describe('treeAction', () => {
  const closed = visibleRows(buildTree(library), new Set(), []);
  const open = visibleRows(buildTree(library), new Set([storyKey('s1'), storyKey('s2')]), []);

  it('moves with the arrows and stops at both ends', () => {
    expect(treeAction(closed, null, 'ArrowDown')).toEqual({ type: 'focus', key: 'story:s1' });
    expect(treeAction(closed, 'story:s1', 'ArrowDown')).toEqual({ type: 'focus', key: 'story:s2' });
    expect(treeAction(closed, 'story:s1', 'ArrowUp')).toEqual({ type: 'focus', key: 'story:s1' });
    expect(treeAction(closed, 'copy:c4', 'ArrowDown')).toEqual({ type: 'focus', key: 'copy:c4' });
    expect(treeAction(closed, 'story:s2', 'End')).toEqual({ type: 'focus', key: 'copy:c4' });
    expect(treeAction(closed, 'copy:c4', 'Home')).toEqual({ type: 'focus', key: 'story:s1' });
  });

  it('expands and collapses stories with Enter and the side arrows', () => {
    expect(treeAction(closed, 'story:s1', 'Enter')).toEqual({ type: 'expand', key: 'story:s1' });
    expect(treeAction(open, 'story:s1', 'Enter')).toEqual({ type: 'collapse', key: 'story:s1' });
    expect(treeAction(closed, 'story:s1', 'ArrowRight')).toEqual({ type: 'expand', key: 'story:s1' });
    expect(treeAction(open, 'story:s1', 'ArrowRight')).toEqual({ type: 'focus', key: copyKey('c2') });
    expect(treeAction(open, 'story:s2', 'ArrowRight')).toEqual({ type: 'none' });
    expect(treeAction(open, 'story:s1', 'ArrowLeft')).toEqual({ type: 'collapse', key: 'story:s1' });
    expect(treeAction(open, 'copy:c1', 'ArrowLeft')).toEqual({ type: 'focus', key: 'story:s1' });
  });

  it('walks into the drafts, opens one with Enter and goes back to the heading with ←', () => {
    const rows = visibleRows(buildTree(library), new Set([DRAFTS_KEY]), [draft('d1'), draft('d2')]);
    expect(treeAction(rows, DRAFTS_KEY, 'ArrowRight')).toEqual({ type: 'focus', key: draftKey('d1') });
    expect(treeAction(rows, draftKey('d2'), 'Enter')).toEqual({ type: 'open-draft', draftId: 'd2' });
    expect(treeAction(rows, draftKey('d2'), ' ')).toEqual({ type: 'open-draft', draftId: 'd2' });
    expect(treeAction(rows, draftKey('d1'), 'ArrowLeft')).toEqual({ type: 'focus', key: DRAFTS_KEY });
    expect(treeAction(rows, draftKey('d2'), 'ArrowDown')).toEqual({ type: 'focus', key: 'story:s1' });
    expect(treeAction(rows, DRAFTS_KEY, 'Enter')).toEqual({ type: 'collapse', key: DRAFTS_KEY });
    const closed = visibleRows(buildTree(library), new Set(), [draft('d1')]);
    expect(treeAction(closed, DRAFTS_KEY, 'ArrowRight')).toEqual({ type: 'expand', key: DRAFTS_KEY });
  });

  it('moves a page with PageUp/PageDown, stopping at both ends', () => {
    expect(treeAction(open, 'story:s1', 'PageDown', 2)).toEqual({ type: 'focus', key: 'copy:c1' });
    expect(treeAction(open, 'copy:c1', 'PageDown', 2)).toEqual({ type: 'focus', key: 'copy:c3' });
    expect(treeAction(open, 'copy:c3', 'PageDown', 50)).toEqual({ type: 'focus', key: 'copy:c4' });
    expect(treeAction(open, 'copy:c3', 'PageUp', 3)).toEqual({ type: 'focus', key: 'copy:c2' });
    expect(treeAction(open, 'copy:c2', 'PageUp', 50)).toEqual({ type: 'focus', key: 'story:s1' });
  });

  it('opens a copy with Enter and ignores other keys', () => {
    expect(treeAction(open, 'copy:c1', 'Enter')).toEqual({ type: 'open', copyId: 'c1' });
    expect(treeAction(open, 'copy:c1', 'x')).toEqual({ type: 'none' });
    expect(treeAction([], null, 'ArrowDown')).toEqual({ type: 'none' });
  });
});

describe('rowCommand', () => {
  const press = (key: string, mods: Partial<{ shiftKey: boolean; ctrlKey: boolean; altKey: boolean; metaKey: boolean }> = {}) => ({
    key,
    shiftKey: false,
    ctrlKey: false,
    altKey: false,
    metaKey: false,
    ...mods,
  });

  it('opens the row menu with Shift+F10 or the Menu key, and deletes with Delete or Backspace', () => {
    expect(rowCommand(press('F10', { shiftKey: true }))).toBe('menu');
    expect(rowCommand(press('ContextMenu'))).toBe('menu');
    expect(rowCommand(press('Delete'))).toBe('delete');
    expect(rowCommand(press('Backspace'))).toBe('delete');
  });

  it('leaves other keys and modified presses alone', () => {
    expect(rowCommand(press('F10'))).toBeNull();
    expect(rowCommand(press('Delete', { ctrlKey: true }))).toBeNull();
    expect(rowCommand(press('x'))).toBeNull();
  });
});
