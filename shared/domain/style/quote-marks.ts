/**
 * Reads every quote mark in a text and works out what it is: an opening or closing quotation mark (and how
 * deeply nested), an apostrophe, or something that cannot be told. The quote rules (typographic quotes,
 * apostrophes, unbalanced quotes) all read this one analysis, so they always agree about a mark.
 *
 * Why nesting rather than the mark as typed: copy arrives in either house's convention or with straight
 * marks, so "single or double" says nothing about the level. Pairing marks of the same kind and counting
 * depth gives the level, which the target style then spells (UK ‘outer “inner”’, US “outer ‘inner’”).
 *
 * Quotations do not pair across paragraphs ("\n"), except the news convention that a quotation running on
 * reopens each paragraph without closing the previous one: a paragraph left with one quotation open is not
 * unbalanced when the next paragraph starts with a quote mark.
 */

export type QuoteKind = 'single' | 'double';
/** 'unknown': a mark whose context says neither opening nor closing (`word"word`); flagged, never converted. */
export type QuoteRole = 'open' | 'close' | 'apostrophe' | 'unknown';

export interface QuoteMark {
  index: number;
  char: string;
  kind: QuoteKind;
  role: QuoteRole;
  /** Nesting level of an opening or closing mark: 0 for a quotation, 1 for a quote inside it, and so on. */
  depth: number;
  /** True for an opening mark never closed, a closing mark never opened, or an unknown mark. */
  unbalanced: boolean;
  /** Whether every mark of this mark's paragraph is balanced, i.e. its nesting levels can be trusted. */
  paragraphBalanced: boolean;
}

// Sets, not strings: ''.includes('') would make "no character" a quote mark.
const SINGLE = new Set(["'", '\u2018', '\u2019']);
const DOUBLE = new Set(['"', '\u201c', '\u201d']);
const CURLY_OPENING = new Set(['\u2018', '\u201c']);
const CURLY_CLOSING = new Set(['\u2019', '\u201d']);

const WORD = /[\p{L}\p{N}]/u;
// What may stand right before an opening quote (besides the paragraph start) and right after a closing one.
const BEFORE_OPENING = /[\s([{\u2013\u2014/-]/u;
const AFTER_CLOSING = /[\s.,;:!?)\]}\u2013\u2014/\u2026-]/u;
// An opening quote is never followed by closing punctuation, nor a closing one preceded by an opening bracket.
// A full stop that starts an ellipsis is not closing punctuation: a quotation may open on elided words ("...and").
const NOT_AFTER_OPENING = /^(?:[\s,;:!?)\]}]|\.(?!\.\.))/u;
const NOT_BEFORE_CLOSING = /[\s([{]/u;
// Elisions that begin with an apostrophe and so look like an opening quote: 'em, 'til, 'tis, '90s.
const LEADING_ELISION = /^(?:em|til|tis|twas|\d\ds)(?![\p{L}\p{N}])/iu;

const kindOf = (char: string): QuoteKind | null => (SINGLE.has(char) ? 'single' : DOUBLE.has(char) ? 'double' : null);
const isQuote = (char: string): boolean => kindOf(char) !== null;

/** A mark's role from its neighbours alone; 'close-or-apostrophe' waits for the pairing pass to decide. */
type Candidate = QuoteRole | 'close-or-apostrophe';

interface Pending {
  index: number;
  char: string;
  kind: QuoteKind;
  candidate: Candidate;
}

/** Per position, the index of the nearest character that is not a quote mark on its left and on its right. */
interface QuoteRunEdges {
  before: Int32Array;
  after: Int32Array;
}

/**
 * Two passes over the paragraph, so that a long run of quote marks (pasted junk) costs linear time: walking
 * past the run from every mark in it would be quadratic.
 */
function quoteRunEdges(paragraph: string): QuoteRunEdges {
  const before = new Int32Array(paragraph.length);
  const after = new Int32Array(paragraph.length);
  for (let i = 0, last = -1; i < paragraph.length; i++) {
    before[i] = last;
    if (!isQuote(paragraph[i]!)) last = i;
  }
  for (let i = paragraph.length - 1, last = paragraph.length; i >= 0; i--) {
    after[i] = last;
    if (!isQuote(paragraph[i]!)) last = i;
  }
  return { before, after };
}

/** Longest leading elision (LEADING_ELISION) plus a following character, which may be a surrogate pair. */
const ELISION_WINDOW = 7;

function candidateFor(paragraph: string, i: number, kind: QuoteKind, edges: QuoteRunEdges): Candidate {
  const prev = paragraph[i - 1] ?? '';
  const next = paragraph[i + 1] ?? '';
  const char = paragraph[i]!;
  if (kind === 'single' && WORD.test(prev) && WORD.test(next)) return 'apostrophe';
  const startsWord = prev === '' || BEFORE_OPENING.test(prev);
  // A window, not the rest of the paragraph: copying the rest at every mark would be quadratic.
  if (kind === 'single' && startsWord && LEADING_ELISION.test(paragraph.slice(i + 1, i + 1 + ELISION_WINDOW))) return 'apostrophe';
  // "rock 'n' roll": both marks are apostrophes around the n.
  if (kind === 'single' && startsWord && next === 'n' && SINGLE.has(paragraph[i + 2] ?? '') && !WORD.test(paragraph[i + 3] ?? '')) {
    return 'apostrophe';
  }
  if (kind === 'single' && prev === 'n' && SINGLE.has(paragraph[i - 2] ?? '') && !WORD.test(paragraph[i - 3] ?? '')) {
    return 'apostrophe';
  }
  const before = paragraph[edges.before[i]!] ?? '';
  const after = paragraph[edges.after[i]!] ?? '';
  const opens = next !== '' && !NOT_AFTER_OPENING.test(paragraph.slice(i + 1, i + 4)) && (before === '' || BEFORE_OPENING.test(before));
  const closes = prev !== '' && !NOT_BEFORE_CLOSING.test(prev) && (after === '' || AFTER_CLOSING.test(after));
  if (opens && !closes) return 'open';
  if (closes && !opens) return kind === 'single' && WORD.test(prev) ? 'close-or-apostrophe' : 'close';
  if (CURLY_OPENING.has(char)) return 'open';
  if (CURLY_CLOSING.has(char)) return kind === 'single' && WORD.test(prev) && WORD.test(next) ? 'apostrophe' : 'close';
  return 'unknown';
}

/**
 * For each mark, what the next single quotation mark after it is, skipping apostrophes and word-final marks
 * (which may be possessives): 'open', 'close', or null when none follows in the paragraph. One backward pass,
 * so a paragraph full of possessives stays linear.
 */
function nextDefiniteSingles(pending: readonly Pending[]): ('open' | 'close' | null)[] {
  const next: ('open' | 'close' | null)[] = new Array(pending.length).fill(null);
  let seen: 'open' | 'close' | null = null;
  for (let k = pending.length - 1; k >= 0; k--) {
    next[k] = seen;
    const mark = pending[k]!;
    if (mark.kind === 'single' && (mark.candidate === 'open' || mark.candidate === 'close')) seen = mark.candidate;
  }
  return next;
}

function pairParagraph(paragraph: string, offset: number, nextParagraph: string | undefined): QuoteMark[] {
  const pending: Pending[] = [];
  const edges = quoteRunEdges(paragraph);
  for (let i = 0; i < paragraph.length; i++) {
    const kind = kindOf(paragraph[i]!);
    if (kind) pending.push({ index: i, char: paragraph[i]!, kind, candidate: candidateFor(paragraph, i, kind, edges) });
  }
  const marks: QuoteMark[] = pending.map((p) => ({
    index: offset + p.index,
    char: p.char,
    kind: p.kind,
    role: p.candidate === 'close-or-apostrophe' ? 'close' : p.candidate,
    depth: 0,
    unbalanced: p.candidate === 'unknown',
    paragraphBalanced: true,
  }));
  // A quotation left open at the paragraph's end runs on when the next paragraph reopens it. The kind of the
  // reopening mark is not compared: a paragraph not yet converted to house style would then break the run.
  const runsOn = kindOf((nextParagraph ?? '').trimStart()[0] ?? '') !== null;
  const nextSingle = nextDefiniteSingles(pending);
  const open: number[] = []; // indexes into marks of the quotations still open, outermost first
  // Positions in `open` of each kind's open quotations, so finding a closing mark's partner is not a search
  // through every open quotation (quadratic on a paragraph of unclosed marks).
  const openOfKind: Record<QuoteKind, number[]> = { single: [], double: [] };
  pending.forEach((p, k) => {
    const mark = marks[k]!;
    if (p.candidate === 'open') {
      mark.depth = open.length;
      openOfKind[p.kind].push(open.length);
      open.push(k);
      return;
    }
    if (p.candidate !== 'close' && p.candidate !== 'close-or-apostrophe') return;
    const partner = openOfKind[p.kind].at(-1) ?? -1;
    // A word-final single mark ("officers'") closes only a quotation that is open, that no later mark closes
    // instead ("‘The officers’ decision,’"), and that is not the outer quotation running on into the next
    // paragraph; otherwise it is the plural possessive's apostrophe. With no definite close later, the first
    // such mark closes (scare quotes: "a ‘chilling effect’ on individuals’ rights").
    const possessive = partner < 0 || nextSingle[k] === 'close' || (partner === 0 && runsOn && nextSingle[k] === null);
    if (p.candidate === 'close-or-apostrophe' && possessive) {
      mark.role = 'apostrophe';
      return;
    }
    if (partner < 0) {
      mark.unbalanced = true;
      return;
    }
    // Quotations opened inside this one and never closed are the unbalanced ones, not this pair.
    const [, ...unclosed] = open.splice(partner);
    for (const inner of unclosed) marks[inner]!.unbalanced = true;
    for (const positions of Object.values(openOfKind)) while ((positions.at(-1) ?? -1) >= partner) positions.pop();
    mark.depth = partner;
  });
  open.forEach((o, level) => {
    if (!(runsOn && level === 0)) marks[o]!.unbalanced = true;
  });
  const balanced = marks.every((m) => !m.unbalanced);
  for (const mark of marks) mark.paragraphBalanced = balanced;
  return marks;
}

/** Every quote mark in `text`, in order, with its role, nesting depth and balance. */
export function analyseQuotes(text: string): QuoteMark[] {
  const paragraphs = text.split('\n');
  const marks: QuoteMark[] = [];
  let offset = 0;
  paragraphs.forEach((paragraph, p) => {
    // One by one: spreading a paragraph of a few hundred thousand marks into push() overflows the call stack.
    for (const mark of pairParagraph(paragraph, offset, paragraphs[p + 1])) marks.push(mark);
    offset += paragraph.length + 1;
  });
  return marks;
}
