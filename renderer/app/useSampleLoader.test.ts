import { describe, expect, it } from 'vitest';
import type { CopySummary } from '../../shared/domain/model';
import type { ImportReport } from '../../shared/api/contract';
import { emptyReport } from '../features/import/importReport';
import { describeSampleImport as describeReport } from './useSampleLoader';

const summary = { id: 'c1' } as CopySummary;
const duplicate = { source: 'sample', existingId: 'c1', headline: null };
const describeSampleImport = (patch: Partial<ImportReport>) => describeReport({ ...emptyReport(), ...patch });

describe('describeSampleImport', () => {
  it('counts what was added, already there and refused', () => {
    expect(describeSampleImport({ imported: [summary, summary], duplicates: [], failed: [] })).toBe('Loaded 2 copies from the sample.');
    expect(describeSampleImport({ imported: [summary], duplicates: [duplicate], failed: [] })).toBe(
      'Loaded 1 copy from the sample. 1 already in the library.',
    );
    expect(describeSampleImport({ imported: [], duplicates: [duplicate], failed: [] })).toBe('The sample is already in your library.');
    expect(describeSampleImport({ imported: [], duplicates: [], failed: [{ source: 'sample.txt', message: 'unreadable' }] })).toBe(
      'Could not load sample.txt: unreadable.',
    );
    expect(describeSampleImport({ imported: [], duplicates: [], failed: [] })).toBe('The sample held no copies.');
  });
});
