import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT_IDS } from '../model';
import { EXPORT_FORMATS, exportFormat, renderExport } from './export-formats';
import { handMadeArticle } from './test-inputs';
import type { ExportInput } from './types';

const input: ExportInput = {
  article: handMadeArticle('table'),
  meta: { id: 'draft-1', revision: 1, language: 'en-GB', exportedAt: '2026-11-27T14:30:00+00:00', sources: [], credits: false },
};

describe('EXPORT_FORMATS', () => {
  it('has exactly the contract formats, in its order, each with a label, a mime type and its own extension', () => {
    expect(EXPORT_FORMATS.map((f) => f.id)).toEqual([...EXPORT_FORMAT_IDS]);
    const extensions = EXPORT_FORMATS.map((f) => f.extension);
    expect(new Set(extensions).size).toBe(extensions.length);
    for (const format of EXPORT_FORMATS) {
      expect(format.extension).toMatch(/^[a-z\d]+(\.[a-z\d]+)?$/);
      expect(format.mime).toMatch(/^[a-z]+\/[\w.+-]+/);
      expect(format.label).not.toBe('');
    }
  });

  it('finds a format by id and refuses one it cannot export', () => {
    expect(exportFormat('html')?.extension).toBe('html');
    expect(exportFormat('nitf')?.extension).toBe('nitf.xml');
    expect(exportFormat('docx')?.mime).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(exportFormat('pdf')).toBeUndefined();
    expect(exportFormat('toString')).toBeUndefined();
  });

  it('renders every format to its own output carrying the article: text, and bytes for Word', async () => {
    const outputs = await Promise.all(EXPORT_FORMAT_IDS.map((id) => renderExport(id, input)));
    expect(outputs.map((o) => o.kind)).toEqual(EXPORT_FORMAT_IDS.map((id) => (id === 'docx' ? 'binary' : 'text')));
    const texts = outputs.flatMap((o) => (o.kind === 'text' ? [o.text] : []));
    expect(new Set(texts).size).toBe(texts.length);
    for (const text of texts) expect(text).toContain('Head table');
    const word = outputs[EXPORT_FORMAT_IDS.indexOf('docx')]!;
    // A zip archive ("PK\x03\x04"); its content is checked in to-docx.test.ts.
    expect(word.kind === 'binary' && [...word.bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 3, 4]);
  });

  it('rejects a format id outside the table', async () => {
    await expect(renderExport('pdf' as never, input)).rejects.toThrow('not an export format: pdf');
  });
});
