import { describe, expect, it } from 'vitest';
import type { ExportRecord } from '../../../shared/domain/model';
import { historyRows, timeAgo } from './exportHistory';

const record = (at: string, format: ExportRecord['format'], path: string): ExportRecord => ({ at, format, path, bytes: 10, revision: 3 });

describe('historyRows', () => {
  it('lists exports newest first with the format named and the path split', () => {
    const rows = historyRows([
      record('2026-11-27T10:00:00.000Z', 'html', '/out/a.html'),
      record('2026-11-27T12:00:00.000Z', 'ninjs', '/out/a.ninjs.json'),
      record('2026-11-27T11:00:00.000Z', 'docx', 'C:\\desk\\a.docx'),
    ]);
    expect(rows.map((r) => [r.format, r.name, r.folder])).toEqual([
      ['ninjs 3.1 (JSON)', 'a.ninjs.json', '/out'],
      ['Word document (.docx)', 'a.docx', 'C:\\desk'],
      ['HTML document', 'a.html', '/out'],
    ]);
  });

  it('keeps the later of two records made in the same millisecond first, with distinct keys', () => {
    const rows = historyRows([record('2026-11-27T10:00:00.000Z', 'txt', '/o/a.txt'), record('2026-11-27T10:00:00.000Z', 'md', '/o/a.md')]);
    expect(rows.map((r) => r.name)).toEqual(['a.md', 'a.txt']);
    expect(new Set(rows.map((r) => r.key)).size).toBe(2);
  });
});

describe('timeAgo', () => {
  const now = new Date('2026-11-27T12:00:00Z');
  it('words the distance in the largest whole unit', () => {
    expect(timeAgo('2026-11-27T11:59:30Z', now, 'en')).toBe('just now');
    expect(timeAgo('2026-11-27T11:57:00Z', now, 'en')).toBe('3 minutes ago');
    expect(timeAgo('2026-11-27T09:00:00Z', now, 'en')).toBe('3 hours ago');
    expect(timeAgo('2026-11-26T11:00:00Z', now, 'en')).toBe('yesterday');
    expect(timeAgo('not a time', now, 'en')).toBe('');
  });
});
