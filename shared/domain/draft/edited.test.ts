import { describe, expect, it } from 'vitest';
import { isEditedWording } from './edited';

describe('isEditedWording', () => {
  const wording = `The force said it was "reviewing" the case - and would respond...`;

  it('does not count typography or spacing as an edit', () => {
    expect(isEditedWording(wording, wording)).toBe(false);
    expect(isEditedWording('The force said it was “reviewing” the case – and would respond…', wording)).toBe(false);
    expect(isEditedWording(`The force said it was "reviewing"  the case - and would respond ...`, wording)).toBe(false);
  });

  it('counts changed, added or removed words', () => {
    expect(isEditedWording(wording.replace('reviewing', 'examining'), wording)).toBe(true);
    expect(isEditedWording(`${wording} Soon.`, wording)).toBe(true);
    expect(isEditedWording(wording.replace(' the case', ''), wording)).toBe(true);
  });
});
