import type { DraftFields } from '../../../shared/domain/draft';
import { foldTypography } from '../../../shared/domain/text';
import { applySuggestions, checkStyle, STYLE_RULE_IDS, type StyleOptions, type StyleRuleId, type StyleSuggestion } from '../../../shared/domain/style';

export type FieldName = keyof DraftFields;
export const FIELD_NAMES: readonly FieldName[] = ['headline', 'standfirst', 'byline', 'dateline'];

/** Where a suggestion is: one of the article's one-line fields, or a block of the body (by document order). */
export type StyleTarget = { kind: 'field'; field: FieldName } | { kind: 'body'; block: number };

/** A suggestion placed in the draft, with what the panel shows around it. */
export interface StyleItem extends StyleSuggestion {
  target: StyleTarget;
  /** Offsets (start, end) are into the target's text: the field's value or the block's text. */
  found: string;
  /** A few words either side, so the sub-editor can tell where it is without looking. */
  before: string;
  after: string;
  /** Unique within one listing. */
  id: string;
  /**
   * What "Ignore" remembers: the rule and the words around the spot, not offsets or block numbers, so an
   * ignored point stays ignored while the text before it is edited.
   */
  ignoreKey: string;
}

export interface StyleListing {
  items: StyleItem[];
  /** False when the body or a field was too long to check whole, or the suggestions were capped. */
  complete: boolean;
}

const CONTEXT_CHARS = 28;
/** Enough to tell one spot from another in an article; little enough that nearby edits rarely touch it. */
const IGNORE_CONTEXT_CHARS = 12;

/** Up to CONTEXT_CHARS either side, cut back to whole words. */
function contextOf(text: string, start: number, end: number): { before: string; after: string } {
  const rawBefore = text.slice(Math.max(0, start - CONTEXT_CHARS), start);
  const rawAfter = text.slice(end, end + CONTEXT_CHARS);
  const before = start > CONTEXT_CHARS ? rawBefore.replace(/^\S*\s/u, '') : rawBefore;
  const after = end + CONTEXT_CHARS < text.length ? rawAfter.replace(/\s\S*$/u, '') : rawAfter;
  return { before, after };
}

function itemFor(suggestion: StyleSuggestion, target: StyleTarget, text: string, start: number, end: number): StyleItem {
  const { before, after } = contextOf(text, start, end);
  const where = target.kind === 'field' ? target.field : `body${target.block}`;
  const found = text.slice(start, end);
  return {
    ...suggestion,
    start,
    end,
    target,
    found,
    before,
    after,
    id: `${where}:${start}:${suggestion.rule}`,
    // Folded, so applying the quote or dash next to an ignored point does not bring it back.
    ignoreKey: [
      target.kind === 'field' ? target.field : 'body',
      suggestion.rule,
      foldTypography(text.slice(Math.max(0, start - IGNORE_CONTEXT_CHARS), start)),
      found,
      foldTypography(text.slice(end, end + IGNORE_CONTEXT_CHARS)),
    ].join('\u0000'),
  };
}

/**
 * The body is checked as one text, its blocks joined by "\n", rather than block by block: a quotation that
 * runs over paragraphs reopens each one without closing it, and only a check that sees the next paragraph
 * can tell that from an unclosed quote. No suggestion spans a "\n", so each falls inside one block.
 */
function bodyItems(blocks: readonly string[], options: StyleOptions): { items: StyleItem[]; complete: boolean } {
  const check = checkStyle(blocks.join('\n'), options);
  const items: StyleItem[] = [];
  let block = 0;
  let blockStart = 0;
  for (const suggestion of check.suggestions) {
    while (block < blocks.length - 1 && suggestion.start > blockStart + blocks[block]!.length) {
      blockStart += blocks[block]!.length + 1;
      block++;
    }
    const text = blocks[block] ?? '';
    items.push(itemFor(suggestion, { kind: 'body', block }, text, suggestion.start - blockStart, suggestion.end - blockStart));
  }
  return { items, complete: check.complete };
}

/** Every house-style point in the draft: the fields first (as a reader meets them), then the body. */
export function listStyleItems(blocks: readonly string[], fields: DraftFields | null, options: StyleOptions): StyleListing {
  const items: StyleItem[] = [];
  let complete = true;
  for (const field of fields ? FIELD_NAMES : []) {
    const text = fields![field];
    const check = checkStyle(text, options);
    complete &&= check.complete;
    for (const s of check.suggestions) items.push(itemFor(s, { kind: 'field', field }, text, s.start, s.end));
  }
  const body = bodyItems(blocks, options);
  return { items: [...items, ...body.items], complete: complete && body.complete };
}

export interface StyleGroup {
  rule: StyleRuleId;
  items: StyleItem[];
}

/** Items grouped by rule, groups in the rules' own order, items in text order within each. */
export function groupByRule(items: readonly StyleItem[]): StyleGroup[] {
  return STYLE_RULE_IDS.map((rule) => ({ rule, items: items.filter((item) => item.rule === rule) })).filter((group) => group.items.length > 0);
}

/**
 * The fields with the given field items applied, in one pass per field; items whose text is no longer there
 * (the field changed since the listing) are skipped. Null when nothing changes.
 */
export function fieldsWithItems(fields: DraftFields, items: readonly StyleItem[]): DraftFields | null {
  const next = { ...fields };
  for (const field of FIELD_NAMES) {
    const current = fields[field];
    const mine = items.filter((item) => item.target.kind === 'field' && item.target.field === field && current.slice(item.start, item.end) === item.found);
    next[field] = applySuggestions(current, mine);
  }
  return FIELD_NAMES.some((field) => next[field] !== fields[field]) ? next : null;
}
