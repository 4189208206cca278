import { describe, expect, it } from 'vitest';
import { conflictMessage } from './conflictMessage';

const utcClock = (at: Date) => at.toISOString().slice(11, 16);

describe('conflictMessage', () => {
  it('names the stored revision, when it was saved and by what', () => {
    const error = { code: 'conflict' as const, message: 'raw', details: { currentRevision: 7, savedAt: '2026-11-27T14:02:31.000Z' } };
    expect(conflictMessage(error, utcClock)).toBe('This draft was changed elsewhere (revision 7, saved 14:02) after you opened it.');
    const byCli = { ...error, details: { ...error.details, savedBy: 'from the command line' } };
    expect(conflictMessage(byCli, utcClock)).toBe('This draft was changed elsewhere (revision 7, saved 14:02 from the command line) after you opened it.');
  });

  it('leaves out a time it cannot read, and keeps the message of anything but a conflict', () => {
    expect(conflictMessage({ code: 'conflict', message: 'raw', details: { currentRevision: 3, savedAt: 'soon' } }, utcClock)).toBe(
      'This draft was changed elsewhere (revision 3) after you opened it.',
    );
    expect(conflictMessage({ code: 'conflict', message: 'raw' }, utcClock)).toBe('raw');
    expect(conflictMessage({ code: 'store-unwritable', message: 'disk full', details: { currentRevision: 3 } }, utcClock)).toBe('disk full');
  });
});
