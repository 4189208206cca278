import { describe, expect, it } from 'vitest';
import type { ExportBatchReport, ImportReport } from '../../shared/api/contract';
import { exportNotice, importNotice, LONG_IMPORT } from './completion-notice';

const copyFrom = (source: string) => ({ origin: { source } }) as ImportReport['imported'][number];
const importReport = (parts: Partial<ImportReport>): ImportReport => ({ imported: [], duplicates: [], failed: [], cancelled: false, skipped: 0, ...parts });
const files = (count: number, prefix: string) => Array.from({ length: count }, (_, i) => `${prefix}${i}.txt`);

describe('importNotice', () => {
  it('says nothing for a short import of a few files', () => {
    expect(importNotice(importReport({ imported: files(3, 'a').map(copyFrom) }), LONG_IMPORT.ms - 1)).toBeNull();
  });

  it('counts files, not copies, and names failures and skipped files', () => {
    // One scraped page gives several copies: still one file.
    const imported = [...files(236, 'a'), 'page.html', 'page.html'].map(copyFrom);
    const duplicates = files(3, 'd').map((source) => ({ source, existingId: 'c1', headline: null }));
    const failed = files(3, 'f').map((source) => ({ source, message: 'unreadable' }));
    expect(importNotice(importReport({ imported, duplicates, failed, skipped: 2 }), 100)).toEqual({
      title: 'Import finished',
      body: 'Imported 240 files (3 failed, 2 skipped)',
    });
  });

  it('tells of a slow import of one file, and of a cancelled one', () => {
    expect(importNotice(importReport({ imported: [copyFrom('big.docx')] }), LONG_IMPORT.ms)).toEqual({ title: 'Import finished', body: 'Imported 1 file' });
    expect(importNotice(importReport({ imported: files(12, 'a').map(copyFrom), cancelled: true }), 10)).toEqual({ title: 'Import cancelled', body: 'Imported 12 files' });
  });
});

describe('exportNotice', () => {
  const written = (count: number) => Array.from({ length: count }, () => ({}) as ExportBatchReport['written'][number]);
  const report = (parts: Partial<ExportBatchReport>): ExportBatchReport => ({ written: [], skipped: [], failed: [], created: [], cancelled: false, ...parts });

  it('names the count and the folder, and what did not go out', () => {
    expect(exportNotice(report({ written: written(12) }), '/home/sub/out')).toEqual({ title: 'Export finished', body: 'Exported 12 files to /home/sub/out' });
    const failed = [{ id: 'd1', title: 'T', format: 'txt' as const, reason: 'disk full' }];
    const skipped = [{ id: 'd2', title: 'U', format: null, reason: 'needs review' }];
    expect(exportNotice(report({ written: written(1), failed, skipped, cancelled: true }), 'C:\\out')).toEqual({
      title: 'Export cancelled',
      body: 'Exported 1 file to C:\\out (1 failed, 1 skipped)',
    });
  });
});
