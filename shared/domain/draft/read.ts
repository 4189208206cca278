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

const BLOCK_KINDS: Readonly<Record<string, DraftBlockKind>> = { paragraph: 'paragraph', heading: 'heading', quote: 'quote' };
/** Inline leaves with no `text` field that still stand for a character. */
const LEAF_TEXT: Readonly<Record<string, string>> = { linebreak: '\n', tab: '\t' };

const sameStyle = (a: Style, b: Style) => a.bold === b.bold && a.italic === b.italic && a.link === b.link;

function collectRuns(node: SerializedNode, link: string | null, runs: DraftRun[]): void {
  const text = typeof node.text === 'string' ? node.text : LEAF_TEXT[node.type];
  if (text !== undefined) {
    const format = typeof node.format === 'number' ? node.format : 0;
    const run = { text, bold: (format & TEXT_FORMAT_BOLD) !== 0, italic: (format & TEXT_FORMAT_ITALIC) !== 0, link };
    const last = runs.at(-1);
    // Passages and separators split one styled stretch into many nodes; the article reads it as one run.
    if (last && sameStyle(last, run)) last.text += text;
    else if (text) runs.push(run);
    return;
  }
  const url = typeof node.url === 'string' ? node.url : link;
  for (const child of node.children ?? []) collectRuns(child, url, runs);
}

/** Drops the spaces left at a block's edges (a deleted last passage leaves its separator behind). */
function trimRuns(runs: DraftRun[]): DraftRun[] {
  const trimmed = runs.map((run) => ({ ...run }));
  if (trimmed.length) trimmed[0]!.text = trimmed[0]!.text.trimStart();
  if (trimmed.length) trimmed.at(-1)!.text = trimmed.at(-1)!.text.trimEnd();
  return trimmed.filter((run) => run.text !== '');
}

function pushBlock(kind: DraftBlockKind, inline: SerializedNode[], blocks: DraftBlock[]): void {
  const runs: DraftRun[] = [];
  for (const node of inline) collectRuns(node, null, runs);
  const trimmed = trimRuns(runs);
  if (trimmed.length) blocks.push({ kind, runs: trimmed });
}

/** A list item may hold a nested list after its own text: the item, then the nested items as blocks. */
function readList(list: SerializedNode, blocks: DraftBlock[]): void {
  const kind: DraftBlockKind = list.listType === 'number' ? 'number' : 'bullet';
  for (const item of list.children ?? []) {
    const children = item.children ?? [];
    pushBlock(kind, children.filter((c) => c.type !== 'list'), blocks);
    for (const nested of children) if (nested.type === 'list') readList(nested, blocks);
  }
}

/**
 * The body as blocks: paragraphs, sub-heads, block quotes and list items, each a run list with bold, italic
 * and link. Blank blocks are left out. A node type it does not know reads as a paragraph of its text, so a
 * document from a newer editor still exports every word.
 */
export function readDraftArticle(document: DraftDocument): DraftArticle {
  const blocks: DraftBlock[] = [];
  for (const node of document.body.root.children) {
    if (node.type === 'list') readList(node, blocks);
    else pushBlock(BLOCK_KINDS[node.type] ?? 'paragraph', node.children ?? [node], blocks);
  }
  return { fields: document.fields, blocks };
}
