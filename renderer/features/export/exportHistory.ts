import type { ExportRecord } from '../../../shared/domain/model';
import { FORMAT_LABELS } from './formatLabels';
import { splitPath } from './targetPath';

/** One line of a draft's export history as the Merge tab lists it. */
export interface HistoryRow {
  key: string;
  at: string;
  format: string;
  name: string;
  folder: string;
  revision: number;
}

/** The draft's exports newest first (the store keeps them oldest first). */
export const historyRows = (records: readonly ExportRecord[]): HistoryRow[] =>
  records
    .map((record, index) => ({ record, index }))
    .sort((a, b) => b.record.at.localeCompare(a.record.at) || b.index - a.index)
    .map(({ record, index }) => ({ key: `${index}:${record.at}`, at: record.at, format: FORMAT_LABELS[record.format], ...splitPath(record.path), revision: record.revision }));

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 minutes ago", "yesterday": how long ago, in the largest whole unit; "just now" under a minute. */
export function timeAgo(iso: string, now: Date, locale?: string): string {
  const seconds = Math.round((now.getTime() - new Date(iso).getTime()) / 1000);
  if (!Number.isFinite(seconds)) return '';
  if (Math.abs(seconds) < 60) return 'just now';
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const [unit, size] = UNITS.find(([, size]) => Math.abs(seconds) >= size) ?? UNITS[UNITS.length - 1]!;
  return format.format(-Math.trunc(seconds / size), unit);
}
