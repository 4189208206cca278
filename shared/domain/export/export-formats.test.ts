import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportFormat } from './export-formats';
import { handMadeArticle } from './test-inputs';
import type { ExportInput } from './types';

const input: ExportInput = {
  article: handMadeArticle('table'),
  meta: { id: 'draft-1', revision: 1, language: 'en-GB', exportedAt: '2026-11-27T14:30:00+00:00', sources: [], credits: false },
};

describe('EXPORT_FORMATS', () => {
  it('names each format once, with an extension and a mime type', () => {
    const ids = EXPORT_FORMATS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const format of EXPORT_FORMATS) {
      expect(format.extension).toMatch(/^[a-z\d]+$/);
      expect(format.mime).toMatch(/^[a-z]+\/[\w.+-]+/);
      expect(format.label).not.toBe('');
    }
  });

  it('finds a format by id and refuses one it cannot export', () => {
    expect(exportFormat('html')?.extension).toBe('html');
    expect(exportFormat('nitf')?.extension).toBe('xml');
    expect(exportFormat('docx')).toBeUndefined();
    expect(exportFormat('toString')).toBeUndefined();
  });

  it('gives every format its own output, each carrying the article', () => {
    const outputs = EXPORT_FORMATS.map((f) => f.exporter(input));
    expect(new Set(outputs).size).toBe(outputs.length);
    for (const output of outputs) {
      expect(output).toContain('Head table');
    }
  });
});
