import type { Library } from '../../../shared/api/contract';
import type { CopySummary, DraftSummary, StorySummary } from '../../../shared/domain/model';

/** One line of the library tree as displayed: a story (level 1) or a copy (inside a story or loose). */
export type LibraryRow =
  | { key: string; kind: 'story'; story: StorySummary; copies: CopySummary[]; expanded: boolean; level: 1 }
  | { key: string; kind: 'copy'; copy: CopySummary; parentKey: string | null; level: 1 | 2 };

/** The drafts section of the tree: its heading row (a group like a story) and one row per draft. */
export type DraftsRow =
  | { key: string; kind: 'drafts'; drafts: DraftSummary[]; expanded: boolean; level: 1 }
  | { key: string; kind: 'draft'; draft: DraftSummary; parentKey: string; level: 2 };

/** Every row the tree shows; the copy and story rows keep their own type for the regroup menus. */
export type TreeRow = LibraryRow | DraftsRow;

export const isDraftsRow = (row: TreeRow): row is DraftsRow => row.kind === 'drafts' || row.kind === 'draft';

export interface LibraryNode {
  story: StorySummary | null;
  copies: CopySummary[];
}

export const storyKey = (id: string): string => `story:${id}`;
export const copyKey = (id: string): string => `copy:${id}`;
export const draftKey = (id: string): string => `draft:${id}`;
/** The drafts section's own row; open by default (see LibraryPane), since drafts are the work in hand. */
export const DRAFTS_KEY = 'drafts';

/**
 * Groups the listed copies under their stories, in the story's own version order. Copies whose story is not
 * listed (ungrouped, or filtered out) become loose rows after the stories, so a search never hides a match.
 */
export function buildTree(library: Library): LibraryNode[] {
  const byId = new Map(library.copies.map((copy) => [copy.id, copy]));
  const placed = new Set<string>();
  const nodes: LibraryNode[] = library.stories.map((story) => {
    const copies = story.copyIds.flatMap((id) => {
      const copy = byId.get(id);
      if (!copy) return [];
      placed.add(id);
      return [copy];
    });
    return { story, copies };
  });
  for (const copy of library.copies) if (!placed.has(copy.id)) nodes.push({ story: null, copies: [copy] });
  return nodes;
}

/**
 * Flattens the tree into the rows a reader can see, which is also the order ↑/↓ walk. The drafts come first,
 * under their own heading row and only when there are any, so a long library never pushes them out of the
 * row budget.
 */
export function visibleRows(nodes: LibraryNode[], expanded: ReadonlySet<string>, drafts: readonly DraftSummary[]): TreeRow[] {
  const rows: TreeRow[] = [];
  if (drafts.length > 0) {
    const isOpen = expanded.has(DRAFTS_KEY);
    rows.push({ key: DRAFTS_KEY, kind: 'drafts', drafts: [...drafts], expanded: isOpen, level: 1 });
    if (isOpen) for (const draft of drafts) rows.push({ key: draftKey(draft.id), kind: 'draft', draft, parentKey: DRAFTS_KEY, level: 2 });
  }
  for (const { story, copies } of nodes) {
    if (!story) {
      for (const copy of copies) rows.push({ key: copyKey(copy.id), kind: 'copy', copy, parentKey: null, level: 1 });
      continue;
    }
    const key = storyKey(story.id);
    const isOpen = expanded.has(key);
    rows.push({ key, kind: 'story', story, copies, expanded: isOpen, level: 1 });
    if (isOpen) for (const copy of copies) rows.push({ key: copyKey(copy.id), kind: 'copy', copy, parentKey: key, level: 2 });
  }
  return rows;
}

/** Where a row sits among its siblings, for screen readers (aria-posinset / aria-setsize, 1-based). */
export interface TreePosition {
  posInSet: number;
  setSize: number;
}

/**
 * Each row's place among its siblings: the top level (drafts heading, stories, loose copies) is one set,
 * each open group's children another. A virtualised tree renders a few rows of thousands, so the reader can
 * no longer count them in the DOM and must be told. `unfetched` stories (pages not fetched yet) still count
 * in the top level's size.
 */
export function treePositions(rows: readonly TreeRow[], unfetched = 0): TreePosition[] {
  const parentOf = (row: TreeRow): string | null => (row.kind === 'copy' || row.kind === 'draft' ? row.parentKey : null);
  const sizes = new Map<string | null, number>();
  const positions = rows.map((row) => {
    const parent = parentOf(row);
    const posInSet = (sizes.get(parent) ?? 0) + 1;
    sizes.set(parent, posInSet);
    return { parent, posInSet };
  });
  return positions.map(({ parent, posInSet }) => ({ posInSet, setSize: sizes.get(parent)! + (parent === null ? unfetched : 0) }));
}
