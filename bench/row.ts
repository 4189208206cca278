/** One figure the benchmark prints: `npm run bench -- --json` writes an array of these. */
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  /** Human-readable target, e.g. "< 20". */
  target: string;
  met: boolean;
}

/** A bench file exports `rows`, which measures and returns its figures; bench/run.ts collects them all. */
export type BenchSuite = () => Promise<BenchRow[]>;

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length === 0 ? NaN : s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

export const below = (name: string, value: number, unit: string, limit: number): BenchRow => ({
  name,
  value: Math.round(value * 100) / 100,
  unit,
  target: `< ${limit}`,
  met: value < limit,
});
