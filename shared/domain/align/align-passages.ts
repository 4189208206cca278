import { diffArrays } from 'diff';
import { sentenceSimilarity, sentenceUnits, type CompareOptions, type SentenceUnit } from '../diff';
import type { PassageCell } from './types';

/** Most sentence-similarity checks one region of a version may take before pairing is skipped (approximate). */
export const PAIRING_BUDGET = 10_000;

/** A passage while versions are being added: its wordings and their keys (parallel), and its cells so far. */
export interface AlignedRow {
  keys: string[];
  wordings: string[];
  cells: (PassageCell | undefined)[];
}

/** Rows [rows.start, rows.end) of the current alignment facing units [units.start, units.end) of the new version. */
interface Region {
  rows: { start: number; end: number };
  units: { start: number; end: number };
}

const ABSENT: PassageCell = { state: 'absent', wording: null, sentence: null, paragraph: null, moved: false };

/** Places one version's sentences against the rows aligned so far. */
class VersionPlacer {
  readonly rowOfUnit: (AlignedRow | null)[];
  readonly taken = new Set<AlignedRow>();
  approximate = false;

  constructor(
    private readonly rows: readonly AlignedRow[],
    private readonly units: readonly SentenceUnit[],
    private readonly column: number,
    private readonly options: CompareOptions,
  ) {
    this.rowOfUnit = units.map(() => null);
  }

  assign(row: AlignedRow, j: number, moved: boolean): void {
    const unit = this.units[j]!;
    let wording = row.keys.indexOf(unit.key);
    if (wording < 0) {
      wording = row.keys.length;
      row.keys.push(unit.key);
      row.wordings.push(unit.text);
    }
    row.cells[this.column] = { state: wording === 0 ? 'present' : 'variant', wording, sentence: j, paragraph: unit.paragraph, moved };
    this.rowOfUnit[j] = row;
    this.taken.add(row);
  }

  /** Common runs of the longest common subsequence (a row matches any of its wordings); the rest as regions. */
  matchInOrder(): Region[] | null {
    const hunks = diffArrays(
      this.rows.map((r) => r.keys),
      this.units.map((u) => [u.key]),
      { comparator: (row, unit) => row.includes(unit[0]!), maxEditLength: this.options.maxSentenceEdits, timeout: this.options.timeoutMs },
    );
    if (!hunks) return null;
    const regions: Region[] = [];
    let [i, j] = [0, 0];
    let open: Region | null = null;
    for (const h of hunks) {
      if (h.added || h.removed) {
        if (!open) regions.push((open = { rows: { start: i, end: i }, units: { start: j, end: j } }));
        if (h.removed) open.rows.end = i += h.count;
        else open.units.end = j += h.count;
        continue;
      }
      for (let k = 0; k < h.count; k++) this.assign(this.rows[i + k]!, j + k, false);
      [i, j, open] = [i + h.count, j + h.count, null];
    }
    return regions;
  }

  /** A sentence found word for word at another place in the story is that passage, moved. */
  matchMoves(regions: readonly Region[], moved: boolean): void {
    const free = new Map<string, AlignedRow[]>();
    for (const r of regions) {
      for (let i = r.rows.start; i < r.rows.end; i++) for (const key of this.rows[i]!.keys) free.set(key, [...(free.get(key) ?? []), this.rows[i]!]);
    }
    for (const r of regions) {
      for (let j = r.units.start; j < r.units.end; j++) {
        const row = free.get(this.units[j]!.key)?.find((candidate) => !this.taken.has(candidate));
        if (row) this.assign(row, j, moved);
      }
    }
  }

  /** Within a region, pairs left-over sentences with left-over rows worded alike, keeping their order. */
  matchVariants(r: Region): void {
    const rows = this.rows.slice(r.rows.start, r.rows.end).filter((row) => !this.taken.has(row));
    const units: number[] = [];
    for (let j = r.units.start; j < r.units.end; j++) if (!this.rowOfUnit[j]) units.push(j);
    if (rows.length * units.length > PAIRING_BUDGET) {
      this.approximate = true;
      return;
    }
    let after = 0;
    for (const j of units) {
      let best = -1;
      let bestScore = this.options.similarSentence;
      for (let k = after; k < rows.length; k++) {
        const score = sentenceSimilarity(rows[k]!.wordings.at(-1)!, this.units[j]!.text);
        if (score >= bestScore && (best < 0 || score > bestScore)) [best, bestScore] = [k, score];
      }
      if (best < 0) continue;
      this.assign(rows[best]!, j, false);
      after = best + 1;
    }
  }

  /** The rows in story order with this version's unplaced sentences added as new rows where the version has them. */
  merged(regions: readonly Region[], versions: number): AlignedRow[] {
    const out: AlignedRow[] = [];
    let cursor = 0;
    for (const r of regions) {
      out.push(...this.rows.slice(cursor, r.rows.start));
      let next = r.rows.start;
      for (let j = r.units.start; j < r.units.end; j++) {
        const row = this.rowOfUnit[j];
        const at = row ? this.rows.indexOf(row, r.rows.start) : -1;
        if (row && at >= 0 && at < r.rows.end) {
          if (at < next) continue; // moved within the gap: the row is already placed
          out.push(...this.rows.slice(next, at + 1));
          next = at + 1;
        } else if (!row) {
          const fresh: AlignedRow = { keys: [], wordings: [], cells: new Array<PassageCell | undefined>(versions) };
          this.assign(fresh, j, false);
          out.push(fresh);
        }
      }
      out.push(...this.rows.slice(next, r.rows.end));
      cursor = r.rows.end;
    }
    out.push(...this.rows.slice(cursor));
    return out;
  }
}

/**
 * Aligns versions (paragraphs of each, in time order) sentence by sentence into rows. Each version is
 * matched against all rows so far, not only the previous version, so a sentence one outlet dropped and a
 * later one restored stays one passage. In order first (longest common subsequence), then moves (the same
 * sentence elsewhere), then reworded sentences (similar wording, in order, within the gap they share).
 */
export function alignPassages(versions: readonly (readonly string[])[], options: CompareOptions): { rows: AlignedRow[]; approximate: boolean } {
  let rows: AlignedRow[] = [];
  let approximate = false;
  versions.forEach((paragraphs, column) => {
    const units = sentenceUnits(paragraphs, options);
    const placer = new VersionPlacer(rows, units.sentences, column, options);
    const inOrder = placer.matchInOrder();
    const regions = inOrder ?? [{ rows: { start: 0, end: rows.length }, units: { start: 0, end: units.sentences.length } }];
    // Past the budget nothing was matched in order, so finding a sentence elsewhere says nothing about a move.
    placer.matchMoves(regions, inOrder !== null);
    regions.forEach((r) => placer.matchVariants(r));
    rows = placer.merged(regions, versions.length);
    approximate ||= units.approximate || inOrder === null || placer.approximate;
  });
  for (const row of rows) for (let c = 0; c < versions.length; c++) row.cells[c] ??= ABSENT;
  return { rows, approximate };
}
