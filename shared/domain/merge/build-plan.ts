import { alignStory, type StoryAlignment } from '../align';
import type { CompareOptions } from '../diff';
import { layoutParagraphs } from './layout';
import { policyLabel } from './policy';
import { replacedRows, rowsBySentence, type Replacement } from './replacements';
import { structureColumn } from './structure-version';
import type { MergeDecision, MergePlan, MergePolicy, MergeVersion, MergedPassage, Placement, Wording } from './types';

export type MergeOutcome = { ok: true; plan: MergePlan } | { ok: false; problem: string };

const NO_VERSIONS = 'nothing to merge: the story has no versions';

const label = (v: { id: string; outlet: string | null }) => `${v.outlet ?? '(no outlet)'} (${v.id})`;

/** The first words of a sentence, to name it in a reason without quoting a paragraph. */
function opening(text: string): string {
  const words = text.split(/\s+/);
  return words.length <= 8 ? text : `${words.slice(0, 8).join(' ')}…`;
}

interface Context {
  alignment: StoryAlignment;
  baseColumn: number | null;
  structure: number;
  bySentence: number[][];
  replaced: Map<number, Replacement>;
  replacing: Map<number, number[]>;
}

function decide(ctx: Context, row: number, carrying: number[], chosen: number): { decision: MergeDecision; reason: string | null } {
  const { alignment } = ctx;
  const cells = alignment.passages[row]!.cells;
  const sourceColumn = ctx.baseColumn ?? alignment.versions.length - 1;
  if (cells[sourceColumn]!.state !== 'absent') {
    const reworded = carrying.some((c) => cells[c]!.wording !== cells[chosen]!.wording);
    return { decision: reworded ? 'replaced' : 'kept', reason: null };
  }
  if (ctx.baseColumn !== null) {
    const outlets = carrying.map((c) => label(alignment.versions[c]!)).join(', ');
    return { decision: 'offered', reason: `not in the base ${label(alignment.versions[ctx.baseColumn]!)}; carried by ${outlets}` };
  }
  const replacement = ctx.replaced.get(row);
  if (replacement && replacement.column === carrying.at(-1)! + 1) {
    const by = replacement.by.map((r) => alignment.passages[r]!);
    const what = by.length ? ` by "${opening(by[0]!.wordings.at(-1)!)}"${by.length > 1 ? ` and ${by.length - 1} more sentence${by.length > 2 ? 's' : ''}` : ''}` : '';
    return { decision: 'dropped', reason: `replaced in ${label(alignment.versions[replacement.column]!)}${what}` };
  }
  return { decision: 'added', reason: null };
}

function placement(ctx: Context, row: number, chosen: number): Placement {
  const { passages, versions } = ctx.alignment;
  const inStructure = passages[row]!.cells[ctx.structure]!;
  if (inStructure.state !== 'absent') return { inStructure: true, version: versions[ctx.structure]!.id, paragraph: inStructure.paragraph!, follows: null };
  const own = passages[row]!.cells[chosen]!;
  const before = ctx.bySentence[chosen]![own.sentence! - 1];
  const follows = before !== undefined && passages[before]!.cells[chosen]!.paragraph === own.paragraph ? passages[before]!.id : null;
  return { inStructure: false, version: versions[chosen]!.id, paragraph: own.paragraph!, follows };
}

function mergedPassage(ctx: Context, row: number): MergedPassage {
  const { alignment } = ctx;
  const passage = alignment.passages[row]!;
  const carrying = passage.cells.flatMap((cell, c) => (cell.state === 'absent' ? [] : [c]));
  // The base's wording when it has one, else the newest version that prints the passage.
  const chosen = ctx.baseColumn !== null && carrying.includes(ctx.baseColumn) ? ctx.baseColumn : carrying.at(-1)!;
  const ids = (columns: number[]) => columns.map((c) => alignment.versions[c]!.id);
  const wordings: Wording[] = passage.wordings.map((text, w) => ({ text, versions: ids(carrying.filter((c) => passage.cells[c]!.wording === w)) }));
  const decision = decide(ctx, row, carrying, chosen);
  const outlets = [...new Set(carrying.map((c) => alignment.versions[c]!.outlet).filter((o): o is string => o !== null))];
  return {
    id: passage.id,
    text: passage.wordings[passage.cells[chosen]!.wording!]!,
    ...decision,
    policy: decision,
    in: passage.in,
    outlets,
    from: alignment.versions[chosen]!.id,
    wordings,
    replaces: (ctx.replacing.get(row) ?? []).map((r) => alignment.passages[r]!.id),
    replacedBy: (ctx.replaced.get(row)?.by ?? []).map((r) => alignment.passages[r]!.id),
    placement: placement(ctx, row, chosen),
    paragraph: null,
  };
}

/**
 * The merge plan of an aligned story under a policy. `versions` are the versions aligned (any order; matched
 * by id) for their headlines and paragraph sources. Linear in rows × versions: the alignment's budgets are
 * the only expensive part, and its `approximate` flag is carried over.
 */
export function buildMergePlan(alignment: StoryAlignment, versions: readonly MergeVersion[], policy: MergePolicy): MergeOutcome {
  const byId = new Map(versions.map((v) => [v.id, v]));
  const ordered = alignment.versions.flatMap((v) => byId.get(v.id) ?? []);
  if (ordered.length === 0) return { ok: false, problem: NO_VERSIONS };
  // A version given but not aligned (a copy added to the story since the Compare tab aligned it) would be left out
  // of the plan without a word, losing its text: refused like a missing one.
  if (ordered.length !== alignment.versions.length || ordered.length !== versions.length || byId.size !== versions.length) {
    return { ok: false, problem: 'the versions given are not those aligned (missing, extra or repeated ids)' };
  }
  const ids = alignment.versions.map((v) => v.id);
  const baseColumn = policy.kind === 'base' ? ids.indexOf(policy.version) : null;
  if (baseColumn === -1) return { ok: false, problem: `policy ${policyLabel(policy)}: not a version of this story (its versions: ${ids.join(', ')})` };
  const bySentence = rowsBySentence(alignment);
  const replaced = replacedRows(alignment, bySentence);
  const replacing = new Map<number, number[]>();
  for (const [row, { by }] of replaced) for (const r of by) replacing.set(r, [...(replacing.get(r) ?? []), row]);
  const ctx: Context = { alignment, baseColumn, structure: structureColumn(ordered), bySentence, replaced, replacing };
  const wordingColumn = baseColumn ?? ordered.length - 1;
  const headline = ordered[wordingColumn]!.headline ?? ordered.map((v) => v.headline ?? null).findLast((h) => h !== null) ?? null;
  return {
    ok: true,
    plan: {
      policy,
      headline,
      wordingVersion: alignment.versions[wordingColumn]!.id,
      structureVersion: alignment.versions[ctx.structure]!.id,
      versions: alignment.versions.map(({ id, outlet, publishedAt }) => ({ id, outlet, publishedAt })),
      passages: layoutParagraphs(alignment.passages.map((_, row) => mergedPassage(ctx, row))),
      approximate: alignment.approximate,
    },
  };
}

/** Aligns the versions of one story (domain/align, budgeted by `options`) and plans their merge. */
export function mergeStory(versions: readonly MergeVersion[], policy: MergePolicy, options?: Partial<CompareOptions>): MergeOutcome {
  if (versions.length === 0) return { ok: false, problem: NO_VERSIONS };
  return buildMergePlan(alignStory(versions, options), versions, policy);
}
