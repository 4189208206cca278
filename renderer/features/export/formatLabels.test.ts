import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../../../shared/domain/export';
import { EXPORT_FORMAT_IDS } from '../../../shared/domain/model';
import { FORMAT_CHOICES, FORMAT_LABELS } from './formatLabels';

describe('export format labels', () => {
  it('offers every format of the contract, in its order', () => {
    expect(FORMAT_CHOICES.map((choice) => choice.value)).toEqual([...EXPORT_FORMAT_IDS]);
  });

  it("names each format as the exporters' table does", () => {
    for (const format of EXPORT_FORMATS) expect(FORMAT_LABELS[format.id as keyof typeof FORMAT_LABELS], format.id).toBe(format.label);
  });
});
