import { bagSimilarity, commonRuns, pairSimilar, SIMILAR_PAIRING_BUDGET, wordBag, type CompareOptions, type Region, type SentenceUnit, type SentenceUnits } from '../diff';
import type { PassageCell } from './types';

/** A passage while versions are being added: its wordings and their keys (parallel), and its cells so far. */
export interface AlignedRow {
  keys: string[];
  wordings: string[];
  cells: (PassageCell | undefined)[];
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

  /** Common runs of the longest common subsequence (a row matches any of its wordings); the rest as regions (old = rows, new = this version's sentences). */
  matchInOrder(): Region[] | null {
    const runs = commonRuns<readonly string[]>(
      this.rows.map((r) => r.keys),
      this.units.map((u) => [u.key]),
      (row, unit) => row.includes(unit[0]!),
      this.options,
    );
    if (!runs) return null;
    for (const run of runs.common) for (let k = 0; k < run.count; k++) this.assign(this.rows[run.old + k]!, run.new + k, false);
    return runs.regions;
  }

  /**
   * A sentence found at another place in the story is that passage, moved: word for word first, then
   * reworded (similar wording) across different regions; alike sentences in one region are left to
   * matchVariants, which keeps their order.
   */
  matchMoves(regions: readonly Region[], moved: boolean): void {
    const free = new Map<string, AlignedRow[]>();
    for (const r of regions) {
      for (let i = r.old.start; i < r.old.end; i++) {
        for (const key of this.rows[i]!.keys) {
          const same = free.get(key);
          if (same) same.push(this.rows[i]!);
          else free.set(key, [this.rows[i]!]);
        }
      }
    }
    for (const r of regions) {
      for (let j = r.new.start; j < r.new.end; j++) {
        const row = free.get(this.units[j]!.key)?.find((candidate) => !this.taken.has(candidate));
        if (row) this.assign(row, j, moved);
      }
    }
    if (!moved) return;
    const rows: { row: AlignedRow; region: number }[] = [];
    const units: { unit: number; region: number }[] = [];
    regions.forEach((r, k) => {
      for (let i = r.old.start; i < r.old.end; i++) if (!this.taken.has(this.rows[i]!)) rows.push({ row: this.rows[i]!, region: k });
      for (let j = r.new.start; j < r.new.end; j++) if (!this.rowOfUnit[j]) units.push({ unit: j, region: k });
    });
    const similar = pairSimilar(
      units.map((u) => this.units[u.unit]!.text),
      rows.map((r) => r.row.wordings.at(-1)!),
      this.options.similarSentence,
      (u, r) => units[u]!.region !== rows[r]!.region,
    );
    this.approximate ||= similar.overBudget;
    for (const [u, r] of similar.pairs) this.assign(rows[r]!.row, units[u]!.unit, true);
  }

  /** Within a region, pairs left-over sentences with left-over rows worded alike, keeping their order. */
  matchVariants(r: Region): void {
    const rows = this.rows.slice(r.old.start, r.old.end).filter((row) => !this.taken.has(row));
    const units: number[] = [];
    for (let j = r.new.start; j < r.new.end; j++) if (!this.rowOfUnit[j]) units.push(j);
    if (rows.length * units.length > SIMILAR_PAIRING_BUDGET) {
      this.approximate = true;
      return;
    }
    const rowBags = rows.map((row) => wordBag(row.wordings.at(-1)!));
    let after = 0;
    for (const j of units) {
      const bag = wordBag(this.units[j]!.text);
      let best = -1;
      let bestScore = this.options.similarSentence;
      for (let k = after; k < rows.length; k++) {
        const score = bagSimilarity(rowBags[k]!, bag);
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
      out.push(...this.rows.slice(cursor, r.old.start));
      let next = r.old.start;
      for (let j = r.new.start; j < r.new.end; j++) {
        const row = this.rowOfUnit[j];
        const at = row ? this.rows.indexOf(row, r.old.start) : -1;
        if (row && at >= 0 && at < r.old.end) {
          if (at < next) continue; // moved within the gap: the row is already placed
          out.push(...this.rows.slice(next, at + 1));
          next = at + 1;
        } else if (!row) {
          const fresh: AlignedRow = { keys: [], wordings: [], cells: new Array<PassageCell | undefined>(versions) };
          this.assign(fresh, j, false);
          out.push(fresh);
        }
      }
      out.push(...this.rows.slice(next, r.old.end));
      cursor = r.old.end;
    }
    out.push(...this.rows.slice(cursor));
    return out;
  }
}

/**
 * Aligns versions (the sentences of each, in time order) sentence by sentence into rows. Each version is
 * matched against all rows so far, not only the previous version, so a sentence one outlet dropped and a
 * later one restored stays one passage. In order first (longest common subsequence), then moves (the same
 * sentence elsewhere), then reworded sentences (similar wording, in order, within the gap they share).
 */
export function alignPassages(versions: readonly SentenceUnits[], options: CompareOptions): { rows: AlignedRow[]; approximate: boolean } {
  let rows: AlignedRow[] = [];
  let approximate = false;
  versions.forEach((units, column) => {
    const placer = new VersionPlacer(rows, units.sentences, column, options);
    const inOrder = placer.matchInOrder();
    const regions = inOrder ?? [{ old: { start: 0, end: rows.length }, new: { start: 0, end: units.sentences.length } }];
    // Past the budget nothing was matched in order, so finding a sentence elsewhere says nothing about a move.
    placer.matchMoves(regions, inOrder !== null);
    regions.forEach((r) => placer.matchVariants(r));
    rows = placer.merged(regions, versions.length);
    approximate ||= units.approximate || inOrder === null || placer.approximate;
  });
  for (const row of rows) for (let c = 0; c < versions.length; c++) row.cells[c] ??= ABSENT;
  return { rows, approximate };
}
