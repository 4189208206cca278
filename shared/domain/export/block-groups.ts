import type { DraftBlock } from '../draft';

/** A body as the exporters lay it out: single blocks, and runs of list items of one kind as one list. */
export type BlockGroup = { kind: 'block'; block: DraftBlock } | { kind: 'list'; ordered: boolean; items: DraftBlock[] };

/**
 * Groups consecutive list items of the same kind, so every format numbers and wraps a list once instead of
 * each exporter re-deriving where lists start and end.
 */
export function groupBlocks(blocks: readonly DraftBlock[]): BlockGroup[] {
  const groups: BlockGroup[] = [];
  for (const block of blocks) {
    const last = groups.at(-1);
    const listKind = block.kind === 'bullet' || block.kind === 'number';
    if (!listKind) groups.push({ kind: 'block', block });
    else if (last?.kind === 'list' && last.ordered === (block.kind === 'number')) last.items.push(block);
    else groups.push({ kind: 'list', ordered: block.kind === 'number', items: [block] });
  }
  return groups;
}

