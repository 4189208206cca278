import type { DraftDocument, DraftFields, SerializedNode } from './document';
import { TEXT_FORMAT_BOLD, TEXT_FORMAT_ITALIC } from './lexical-json';

export interface DraftRun {
  text: string;
  bold: boolean;
  italic: boolean;
  link: string | null;
}

export type DraftBlockKind = 'paragraph' | 'heading' | 'quote' | 'bullet' | 'number';

export interface DraftBlock {
  kind: DraftBlockKind;
  runs: DraftRun[];
}

/** A draft's article without Lexical: the fields and the body as blocks of styled runs, for exports and text. */
export interface DraftArticle {
  fields: DraftFields;
  blocks: DraftBlock[];
}

type Style = Omit<DraftRun, 'text'>;

/** A body node that stands for text in a block, and where that text starts in the block's text before trimming. */
export interface BlockLeaf {
  node: SerializedNode;
  /** The node's own text field; false for leaves like a line break that stand for a character but hold none. */
  editable: boolean;
  start: number;
  length: number;
  link: string | null;
}

/**
 * A block together with the body nodes it was read from, so a caller can change the body where the article says
 * (domain/export fix-export.ts). Offsets into the block's text (its runs joined) are `lead` less than the leaves'.
 */
export interface ReadBlock extends DraftBlock {
  leaves: BlockLeaf[];
  /** Characters trimmed off the block's start. */
  lead: number;
  /** The node holding the block (a root child or a list item) and its ancestors from the root down. */
  node: SerializedNode;
  ancestors: SerializedNode[];
}

const BLOCK_KINDS: Readonly<Record<string, DraftBlockKind>> = { paragraph: 'paragraph', heading: 'heading', quote: 'quote' };
/** Inline leaves with no `text` field that still stand for a character. */
const LEAF_TEXT: Readonly<Record<string, string>> = { linebreak: '\n', tab: '\t' };

const sameStyle = (a: Style, b: Style) => a.bold === b.bold && a.italic === b.italic && a.link === b.link;

function collectRuns(node: SerializedNode, link: string | null, runs: DraftRun[], leaves: BlockLeaf[]): void {
  const own = typeof node.text === 'string' ? node.text : undefined;
  const text = own ?? LEAF_TEXT[node.type];
  if (text !== undefined) {
    const format = typeof node.format === 'number' ? node.format : 0;
    const run = { text, bold: (format & TEXT_FORMAT_BOLD) !== 0, italic: (format & TEXT_FORMAT_ITALIC) !== 0, link };
    const previous = leaves.at(-1);
    leaves.push({ node, editable: own !== undefined, start: previous ? previous.start + previous.length : 0, length: text.length, link });
    const last = runs.at(-1);
    // Passages and separators split one styled stretch into many nodes; the article reads it as one run.
    if (last && sameStyle(last, run)) last.text += text;
    else if (text) runs.push(run);
    return;
  }
  const url = typeof node.url === 'string' ? node.url : link;
  for (const child of node.children ?? []) collectRuns(child, url, runs, leaves);
}

/** Drops the spaces left at a block's edges (a deleted last passage leaves its separator behind); `lead` is how many went at the start. */
function trimRuns(runs: DraftRun[]): { runs: DraftRun[]; lead: number } {
  const trimmed = runs.map((run) => ({ ...run }));
  const lead = trimmed.length ? trimmed[0]!.text.length - trimmed[0]!.text.trimStart().length : 0;
  if (trimmed.length) trimmed[0]!.text = trimmed[0]!.text.trimStart();
  if (trimmed.length) trimmed.at(-1)!.text = trimmed.at(-1)!.text.trimEnd();
  return { runs: trimmed.filter((run) => run.text !== ''), lead };
}

function pushBlock(kind: DraftBlockKind, inline: SerializedNode[], holder: SerializedNode, ancestors: SerializedNode[], blocks: ReadBlock[]): void {
  const runs: DraftRun[] = [];
  const leaves: BlockLeaf[] = [];
  for (const node of inline) collectRuns(node, null, runs, leaves);
  const { runs: trimmed, lead } = trimRuns(runs);
  if (trimmed.length) blocks.push({ kind, runs: trimmed, leaves, lead, node: holder, ancestors });
}

/** A list item may hold a nested list after its own text: the item, then the nested items as blocks. */
function readList(list: SerializedNode, ancestors: SerializedNode[], blocks: ReadBlock[]): void {
  const kind: DraftBlockKind = list.listType === 'number' ? 'number' : 'bullet';
  const inList = [...ancestors, list];
  for (const item of list.children ?? []) {
    const children = item.children ?? [];
    pushBlock(kind, children.filter((c) => c.type !== 'list'), item, inList, blocks);
    for (const nested of children) if (nested.type === 'list') readList(nested, [...inList, item], blocks);
  }
}

/**
 * The body's blocks with the nodes each was read from: the one walk behind readDraftArticle, for callers that
 * edit the body by the article's offsets. Blank blocks are left out, as there.
 */
export function readDraftBlocks(document: DraftDocument): ReadBlock[] {
  const blocks: ReadBlock[] = [];
  const root = document.body.root as SerializedNode;
  for (const node of document.body.root.children) {
    if (node.type === 'list') readList(node, [root], blocks);
    else pushBlock(BLOCK_KINDS[node.type] ?? 'paragraph', node.children ?? [node], node, [root], blocks);
  }
  return blocks;
}

/**
 * The body as blocks: paragraphs, sub-heads, block quotes and list items, each a run list with bold, italic
 * and link. Blank blocks are left out. A node type it does not know reads as a paragraph of its text, so a
 * document from a newer editor still exports every word.
 */
export function readDraftArticle(document: DraftDocument): DraftArticle {
  return { fields: document.fields, blocks: readDraftBlocks(document).map(({ kind, runs }) => ({ kind, runs })) };
}
