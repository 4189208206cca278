import type { Change, VersionDiff, WordPart } from '../../shared/domain/diff';

/**
 * ANSI styling, or none: whole lines carry their +, -, > marker either way, and words inside a replacement
 * fall back to `git diff --word-diff` markers ({+added+} [-removed-]) so a pipe or a log still reads right.
 */
interface Style {
  added: (text: string) => string;
  removed: (text: string) => string;
  moved: (text: string) => string;
  dim: (text: string) => string;
  addedWords: (text: string) => string;
  removedWords: (text: string) => string;
}

const ansi = (code: string) => (text: string) => `\u001b[${code}m${text}\u001b[0m`;
const same = (text: string) => text;
const COLOUR: Style = { added: ansi('32'), removed: ansi('31'), moved: ansi('36'), dim: ansi('2'), addedWords: ansi('32;1'), removedWords: ansi('31;9') };
const PLAIN: Style = { added: same, removed: same, moved: same, dim: same, addedWords: (t) => `{+${t}+}`, removedWords: (t) => `[-${t}-]` };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function wordLine(parts: readonly WordPart[], style: Style): string {
  return parts.map((p) => (p.added ? style.addedWords(p.value) : p.removed ? style.removedWords(p.value) : p.value)).join('');
}

/** Sentence positions are 1-based for people. */
function where(c: Change): string {
  const span = (r: { start: number; end: number }) => (r.end - r.start > 1 ? `${r.start + 1}-${r.end}` : `${r.start + 1}`);
  if (c.kind === 'insert') return `new sentence ${span(c.newAt)}, ${c.oldAt.start === 0 ? 'before the old text' : `after old sentence ${c.oldAt.start}`}`;
  if (c.kind === 'delete') return `old sentence ${span(c.oldAt)}`;
  return `old sentence ${span(c.oldAt)} → new sentence ${span(c.newAt)}`;
}

function changeLines(c: Change, style: Style): string[] {
  const head = style.dim(`@ ${c.kind} (${where(c)})`);
  if (c.kind === 'insert') return [head, ...c.new.map((s) => style.added(`+ ${s}`))];
  if (c.kind === 'delete') return [head, ...c.old.map((s) => style.removed(`- ${s}`))];
  if (c.kind === 'move') return [head, ...c.new.map((s) => style.moved(`> ${s}`))];
  return [head, `~ ${wordLine(c.words ?? [{ value: c.old.join(' '), removed: true }, { value: c.new.join(' '), added: true }], style)}`];
}

/** A readable terminal diff: a title, the counts, then each change in the new version's reading order. */
export function diffText(title: string, diff: VersionDiff, colour: boolean): string {
  const style = colour ? COLOUR : PLAIN;
  if (!diff.related) return [title, '', diff.verdict].join('\n');
  const { insertions, deletions, replacements, moves } = diff.counts;
  const counts = [plural(insertions, 'insertion'), plural(deletions, 'deletion'), plural(replacements, 'replacement'), plural(moves, 'move')].join(', ');
  const lines = [title, counts + (diff.approximate ? ' (approximate: a comparison budget ran out)' : '')];
  if (diff.changes.length === 0) lines.push('', 'No differences in content.');
  for (const c of diff.changes) lines.push('', ...changeLines(c, style));
  return lines.join('\n');
}
