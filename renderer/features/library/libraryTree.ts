import type { Library } from '../../../shared/api/contract';
import type { CopySummary, StorySummary } from '../../../shared/domain/model';

/** One line of the library tree as displayed: a story (level 1) or a copy (inside a story or loose). */
export type LibraryRow =
  | { key: string; kind: 'story'; story: StorySummary; copies: CopySummary[]; expanded: boolean; level: 1 }
  | { key: string; kind: 'copy'; copy: CopySummary; parentKey: string | null; level: 1 | 2 };

export interface LibraryNode {
  story: StorySummary | null;
  copies: CopySummary[];
}

export const storyKey = (id: string): string => `story:${id}`;
export const copyKey = (id: string): string => `copy:${id}`;

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

/** Flattens the tree into the rows a reader can see, which is also the order ↑/↓ walk. */
export function visibleRows(nodes: LibraryNode[], expanded: ReadonlySet<string>): LibraryRow[] {
  const rows: LibraryRow[] = [];
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
