import { describe, expect, it } from 'vitest';
import { readExportPrefs, saveExportPrefs } from './exportPrefs';

const memory = (initial: Record<string, string> = {}) => {
  const values = new Map(Object.entries(initial));
  return { getItem: (key: string) => values.get(key) ?? null, setItem: (key: string, value: string) => void values.set(key, value), values };
};

describe('export preferences', () => {
  it('starts from HTML, no folder, and HTML + ninjs for batches', () => {
    expect(readExportPrefs(memory())).toEqual({ format: 'html', folder: null, batchFormats: ['html', 'ninjs'] });
    expect(readExportPrefs(null).format).toBe('html');
  });

  it('remembers what was saved, one choice at a time', () => {
    const storage = memory();
    saveExportPrefs({ format: 'nitf' }, storage);
    saveExportPrefs({ folder: '/srv/out' }, storage);
    saveExportPrefs({ batchFormats: ['txt', 'docx'] }, storage);
    expect(readExportPrefs(storage)).toEqual({ format: 'nitf', folder: '/srv/out', batchFormats: ['txt', 'docx'] });
  });

  it('falls back to the defaults for unreadable or unknown values', () => {
    expect(readExportPrefs(memory({ 'copydesk.export': '{not json' })).format).toBe('html');
    const odd = readExportPrefs(memory({ 'copydesk.export': JSON.stringify({ format: 'pdf', folder: '  ', batchFormats: ['rtf', 'md'] }) }));
    expect(odd).toEqual({ format: 'html', folder: null, batchFormats: ['md'] });
  });

  it('survives storage that refuses to write', () => {
    const refusing = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(() => saveExportPrefs({ format: 'md' }, refusing)).not.toThrow();
  });
});
