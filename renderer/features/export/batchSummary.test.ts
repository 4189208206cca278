import { describe, expect, it } from 'vitest';
import type { ExportBatchReport } from '../../../shared/api/contract';
import { batchBlockedReason, describeBatch, plannedFiles } from './batchSummary';

const written = (n: number): ExportBatchReport['written'] =>
  Array.from({ length: n }, (_, i) => ({ at: '2026-11-27T12:00:00Z', format: 'html' as const, path: `/o/${i}.html`, bytes: 1, revision: 1, draftId: `d${i}`, title: 'T' }));
const empty: ExportBatchReport = { written: [], skipped: [], failed: [], created: [], cancelled: false };

describe('describeBatch', () => {
  it('counts what was written, skipped, failed and created', () => {
    expect(describeBatch({ ...empty, written: written(4) })).toBe('Wrote 4 files.');
    expect(describeBatch({ ...empty, written: written(1) })).toBe('Wrote 1 file.');
    const mixed: ExportBatchReport = {
      ...empty,
      written: written(2),
      skipped: [{ id: 'a', title: 'A', format: null, reason: 'unreviewed problems' }],
      failed: [{ id: 'b', title: 'B', format: 'md', reason: 'disk full' }],
      created: [{ id: 'c', storyId: 's', title: 'C', status: 'draft', revision: 1, createdAt: '', updatedAt: '' }],
    };
    expect(describeBatch(mixed)).toBe('Wrote 2 files, skipped 1, 1 failed, merged 1 new draft.');
  });

  it('says when the batch was cancelled', () => {
    expect(describeBatch({ ...empty, written: written(3), cancelled: true })).toBe('Cancelled after 3 files.');
  });
});

describe('plannedFiles', () => {
  it('is one file per item and format', () => {
    expect(plannedFiles(2, 3)).toBe(6);
    expect(plannedFiles(0, 3)).toBe(0);
  });
});

describe('batchBlockedReason', () => {
  const ok = { ready: true, items: 2, formats: 2, native: false, folder: '/srv/out' };
  it('lets a complete choice start', () => {
    expect(batchBlockedReason(ok)).toBeNull();
    expect(batchBlockedReason({ ...ok, native: true, folder: '/picked' })).toBeNull();
  });

  it('names the first thing missing', () => {
    expect(batchBlockedReason({ ...ok, ready: false })).toBe('Starting…');
    expect(batchBlockedReason({ ...ok, items: 0 })).toMatch(/draft or story/);
    expect(batchBlockedReason({ ...ok, formats: 0 })).toMatch(/format/);
    expect(batchBlockedReason({ ...ok, native: true, folder: '' })).toMatch(/Choose the folder/);
    expect(batchBlockedReason({ ...ok, folder: 'relative/out' })).toMatch(/not a full path/);
  });
});
