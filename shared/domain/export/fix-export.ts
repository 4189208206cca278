import { readDraftBlocks, type BlockLeaf, type DraftDocument, type ReadBlock } from '../draft';
import type { StyleOptions } from '../style';
import { blockText } from './block-text';
import { checkExport } from './check-export';
import { checkReport } from './check-report';
import type { ExportProblem } from './check-types';

/** What fixing did: the new document, how many of the chosen problems it fixed and how many it had to leave. */
export interface DraftFix {
  document: DraftDocument;
  fixed: number;
  /** Chosen problems still there: no fix known, overlapping a fix already made, or spanning differently styled runs. */
  left: number;
  /** False when the check's size budget stopped before the end of the article: problems past it were not looked at. */
  complete: boolean;
}

/** One replacement in a text's offsets; `owner` is the leaf that receives the new text. */
interface Edit {
  start: number;
  end: number;
  text: string;
  owner: number;
}

/** The edit cut down to what actually changes, so a fix touching one character of a two-node stretch stays in one node. */
function narrowed(current: string, start: number, end: number, text: string): Omit<Edit, 'owner'> {
  let head = 0;
  while (start + head < end && head < text.length && current[start + head] === text[head]) head++;
  let tail = 0;
  while (end - tail > start + head && text.length - tail > head && current[end - 1 - tail] === text[text.length - 1 - tail]) tail++;
  return { start: start + head, end: end - tail, text: text.slice(head, text.length - tail) };
}

const styleKey = (leaf: BlockLeaf): string => JSON.stringify([leaf.node.format ?? 0, leaf.node.style ?? '', leaf.link]);

/**
 * The leaf that takes the replacement, or null when the edit cannot be made without changing a run's format:
 * inside one leaf, or across leaves of one style (the replacement goes to the first, the others lose their part).
 */
function ownerOf(leaves: readonly BlockLeaf[], start: number, end: number): number | null {
  if (start === end) {
    // An insertion at a boundary joins the text before it, the way typing there does.
    const at = leaves.findIndex((leaf) => leaf.editable && leaf.start < start && start <= leaf.start + leaf.length);
    const index = at >= 0 ? at : leaves.findIndex((leaf) => leaf.editable && leaf.start === start);
    return index >= 0 ? index : null;
  }
  const touched = leaves.flatMap((leaf, index) => (leaf.start < end && leaf.start + leaf.length > start ? [index] : []));
  if (touched.length === 0 || touched.some((index) => !leaves[index]!.editable)) return null;
  const key = styleKey(leaves[touched[0]!]!);
  return touched.every((index) => styleKey(leaves[index]!) === key) ? touched[0]! : null;
}

/** The text of leaf `index` (starting at `start`) with the edits applied; edits sorted and not overlapping. */
function rewritten(text: string, start: number, index: number, edits: readonly Edit[]): string {
  const end = start + text.length;
  let out = '';
  let at = start;
  for (const edit of edits) {
    if (edit.end < start || edit.start > end) continue;
    out += text.slice(at - start, Math.max(at, edit.start) - start);
    if (edit.owner === index) out += edit.text;
    at = Math.max(at, Math.min(edit.end, end));
  }
  return out + text.slice(at - start);
}

/**
 * The chosen problems of one place as edits its leaves can take, in text order. `text` is the checked text (the
 * check's offsets are into it) and `lead` what the leaves hold before it. Also says how many could not be made.
 */
function placeEdits(text: string, lead: number, leaves: readonly BlockLeaf[], chosen: readonly ExportProblem[]): { edits: Edit[]; skipped: number } {
  const edits: Edit[] = [];
  let skipped = 0;
  let reached = -1;
  for (const problem of [...chosen].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const edit = narrowed(text, problem.start, problem.end, problem.fix ?? '');
    const owner = problem.fix === null || problem.start < reached ? null : ownerOf(leaves, edit.start + lead, edit.end + lead);
    if (owner === null) {
      skipped++;
      continue;
    }
    edits.push({ start: edit.start + lead, end: edit.end + lead, text: edit.text, owner });
    reached = problem.end;
  }
  return { edits, skipped };
}

/** Applies the block's edits to its text nodes; `emptied` when nothing but spaces is left of it. */
function fixBlock(block: ReadBlock, chosen: readonly ExportProblem[]): { fixed: number; skipped: number; emptied: boolean } {
  const { edits, skipped } = placeEdits(blockText(block), block.lead, block.leaves, chosen);
  for (const [index, leaf] of block.leaves.entries()) {
    if (leaf.editable) leaf.node.text = rewritten(leaf.node.text as string, leaf.start, index, edits);
  }
  // Line breaks and tabs are spaces too: a block of nothing else is blank.
  const blank = block.leaves.every((leaf) => !leaf.editable || (leaf.node.text as string).trim() === '');
  return { fixed: edits.length, skipped, emptied: edits.length > 0 && blank };
}

/** Drops the emptied blocks, and any list they leave with no items. */
function removeBlocks(blocks: readonly ReadBlock[]): void {
  for (const block of blocks) {
    // An item holding a nested list keeps it: only its own (now blank) text goes.
    if (block.node.children?.some((child) => child.type === 'list')) continue;
    const chain = [...block.ancestors, block.node];
    for (let k = chain.length - 1; k > 0; k--) {
      const parent = chain[k - 1]!;
      parent.children = (parent.children ?? []).filter((child) => child !== chain[k]);
      if (parent.type !== 'list' || parent.children.length > 0) break;
    }
  }
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * Makes the export check's own fixes in the document (the one-click "Fix N problems"): for each chosen problem
 * (its id from checkReport, or 'all') that has a fix, the fix goes into the field or into the body's text nodes
 * at the place the check found it; blocks a fix leaves blank are removed. Passage nodes and every run's format
 * are kept, so a fix across two differently styled runs is left for the editor, as are problems with no fix and
 * any that overlap a fix already made. Ids not in the check (stale) are ignored. Pure and deterministic; bounded
 * by the check's budget (`complete`).
 */
export function fixDraftDocument(doc: DraftDocument, problemIds: ReadonlySet<string> | 'all', options: StyleOptions): DraftFix {
  const document = clone(doc);
  const blocks = readDraftBlocks(document);
  const article = { fields: document.fields, blocks: blocks.map(({ kind, runs }) => ({ kind, runs })) };
  const check = checkExport(article, options);
  const ids = checkReport(article, check).problems.map((issue) => issue.id);
  const chosen = check.problems.filter((_, index) => problemIds === 'all' || problemIds.has(ids[index]!));
  let fixed = 0;
  let left = 0;
  for (const field of Object.keys(document.fields) as (keyof DraftDocument['fields'])[]) {
    const text = document.fields[field];
    const leaf: BlockLeaf = { node: { type: 'text', version: 1, text }, editable: true, start: 0, length: text.length, link: null };
    const { edits, skipped } = placeEdits(text, 0, [leaf], chosen.filter((p) => p.field === field));
    document.fields[field] = rewritten(text, 0, 0, edits);
    fixed += edits.length;
    left += skipped;
  }
  const byBlock = new Map<number, ExportProblem[]>();
  for (const problem of chosen) {
    if (problem.block === null) continue;
    const list = byBlock.get(problem.block) ?? [];
    list.push(problem);
    byBlock.set(problem.block, list);
  }
  const emptied: ReadBlock[] = [];
  for (const [index, mine] of byBlock) {
    const result = fixBlock(blocks[index]!, mine);
    if (result.emptied) emptied.push(blocks[index]!);
    fixed += result.fixed;
    left += result.skipped;
  }
  removeBlocks(emptied);
  return { document, fixed, left, complete: check.complete };
}
