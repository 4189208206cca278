import type { TextProblem } from './check-types';

/**
 * Zero-width characters: invisible, yet they break search, spell-check and word counts downstream. The
 * joiners (U+200C, U+200D) are kept where they do work: inside emoji sequences and between letters of
 * joining scripts (Arabic, Persian, Indic), i.e. when both neighbours are emoji or non-Latin letters.
 */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
const JOINER_NEIGHBOUR = /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F|\p{M}|(?!\p{Script=Latin})\p{L})$/u;

// eslint-disable-next-line no-control-regex -- the point is to find the control characters
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]+/g;
/** Half of a UTF-16 pair: what a cut-off emoji leaves; no file format can carry it. */
const LONE_SURROGATE = /(?:[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF])+/g;
const SOFT_HYPHEN = /\u00AD/g;
const NO_BREAK_SPACE = /[\u00A0\u202F]/g;

/**
 * Where a non-breaking space is house typography, not paste residue, and stays: between a number and a unit or
 * the rest of a grouped number ("10 km", "5 %", "1 000"), after a title ("Mr Smith", "Dr Jones"), and around
 * French guillemets and high punctuation ("« oui »", "vraiment ?"). Everywhere else it is an ordinary space.
 */
const TITLE_BEFORE = /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Mx|Dr|St|Prof|Sir|Dame|Lord|Lady|Rev|Capt|Gen|Col|Sgt|M|Mme|Mlle)\.?$/u;
const UNIT_AFTER = /^(?:\p{N}|[%‰°€$£¥]|\p{L}{1,3}(?![\p{L}\p{N}])|[³²])/u;
const FRENCH_AFTER = /^[;:!?»›]/u;
const FRENCH_BEFORE = /[«‹]$/u;

function belongsThere(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 12), at);
  const after = text.slice(at + 1, at + 6);
  if (/\p{N}$/u.test(before) && UNIT_AFTER.test(after)) return true;
  return TITLE_BEFORE.test(before) || FRENCH_AFTER.test(after) || FRENCH_BEFORE.test(before);
}

/** The code point ending just before `at` and the one starting just after the character at `at`. */
function neighbours(text: string, at: number): [string, string] {
  const before = String.fromCodePoint(text.codePointAt(at >= 2 && /[\uDC00-\uDFFF]/.test(text[at - 1] ?? '') ? at - 2 : at - 1) ?? 32);
  const after = String.fromCodePoint(text.codePointAt(at + 1) ?? 32);
  return [before, after];
}

const keptJoiner = (text: string, at: number): boolean =>
  (text[at] === '\u200C' || text[at] === '\u200D') && neighbours(text, at).every((c) => JOINER_NEIGHBOUR.test(c));

const hex = (chars: string) => [...chars].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');

/**
 * Removing characters that stand between two spaces would leave a doubled space, so such a removal takes the
 * space after them too, and applying every fix leaves clean text.
 */
function range(text: string, start: number, end: number, fix: string | null): Pick<TextProblem, 'start' | 'end'> {
  const widen = fix === '' && text[start - 1] === ' ' && text[end] === ' ';
  return { start, end: widen ? end + 1 : end };
}

function matches(text: string, pattern: RegExp, keep: (at: number) => boolean, problem: (found: string) => Omit<TextProblem, 'start' | 'end'>): TextProblem[] {
  return [...text.matchAll(pattern)]
    .filter((m) => !keep(m.index))
    .map((m) => {
      const described = problem(m[0]);
      return { ...described, ...range(text, m.index, m.index + m[0].length, described.fix) };
    });
}

/** Characters that should not leave the desk: invisible, control, soft hyphens and stray non-breaking spaces. */
export function characterProblems(text: string): TextProblem[] {
  const never = () => false;
  return [
    ...matches(text, ZERO_WIDTH, (at) => keptJoiner(text, at), (c) => ({ kind: 'invisible-character', message: `Invisible character ${hex(c)}: remove it`, fix: '' })),
    ...matches(text, CONTROL, never, (c) => ({ kind: 'control-character', message: `Control character${c.length > 1 ? 's' : ''} ${hex(c)}: remove ${c.length > 1 ? 'them' : 'it'}`, fix: '' })),
    ...matches(text, LONE_SURROGATE, never, () => ({ kind: 'control-character', message: 'Broken character (half of an emoji or symbol): remove it', fix: '' })),
    ...matches(text, /\t/g, never, () => ({ kind: 'control-character', message: 'Tab inside the text: use a space', fix: ' ' })),
    ...matches(text, SOFT_HYPHEN, never, () => ({ kind: 'soft-hyphen', message: 'Soft hyphen left from the source page: remove it', fix: '' })),
    ...matches(text, NO_BREAK_SPACE, (at) => belongsThere(text, at), (c) => ({ kind: 'non-breaking-space', message: `Non-breaking space (${hex(c)}) where an ordinary space belongs`, fix: ' ' })),
  ];
}

/** Nothing a reader would see: only spaces, zero-width characters and soft hyphens. */
export const looksEmpty = (text: string): boolean => text.replace(ZERO_WIDTH, '').replace(SOFT_HYPHEN, '').trim() === '';
