import { describe, expect, it } from 'vitest';
import { resolvePublished, timeAtEnd } from './time-phrase';

describe('timeAtEnd', () => {
  it('finds a relative time glued to an outlet name or a label', () => {
    expect(timeAtEnd('Leader Live14 hours ago')).toEqual({ prefix: 'Leader Live', printed: '14 hours ago' });
    expect(timeAtEnd('time2 hours ago')).toEqual({ prefix: 'time', printed: '2 hours ago' });
    expect(timeAtEnd('By Ann Lee · 3h')).toEqual({ prefix: 'By Ann Lee', printed: '3h' });
  });

  it('finds absolute dates with an optional clock', () => {
    expect(timeAtEnd('Published 27 Nov 2026, 09:14 GMT')?.printed).toBe('27 Nov 2026, 09:14 GMT');
    expect(timeAtEnd('Updated: November 3, 2026')?.printed).toBe('November 3, 2026');
  });

  it('does not take a number inside a word or an ordinary sentence ending for a time', () => {
    expect(timeAtEnd('Download the Daily8')).toBeNull();
    expect(timeAtEnd('The council met for 3 hours')).toBeNull();
    expect(timeAtEnd('He scored in the 5m')).toBeNull();
  });
});

describe('resolvePublished', () => {
  const at = '2026-11-27T12:00:00.000Z';
  it('counts relative times back from the import time', () => {
    expect(resolvePublished('14 hours ago', at)).toBe('2026-11-26T22:00:00.000Z');
    expect(resolvePublished('3h', at)).toBe('2026-11-27T09:00:00.000Z');
    expect(resolvePublished('an hour ago', at)).toBe('2026-11-27T11:00:00.000Z');
  });

  it('reads absolute times with a printed zone', () => {
    expect(resolvePublished('27 Nov 2026, 09:14 GMT', at)).toBe('2026-11-27T09:14:00.000Z');
    expect(resolvePublished('Fri 27 Nov 2026 09.14 CET', at)).toBe('2026-11-27T08:14:00.000Z');
    expect(resolvePublished('November 3, 2026 4:05 pm EST', at)).toBe('2026-11-03T21:05:00.000Z');
    expect(resolvePublished('2026-01-05T08:30Z', at)).toBe('2026-01-05T08:30:00.000Z');
  });

  it('does not read a day and month as a relative time', () => {
    expect(resolvePublished('14 March 2026, 06:00 GMT', at)).toBe('2026-03-14T06:00:00.000Z');
    expect(resolvePublished('3 May 2026', at)).toBeNull();
  });

  it('leaves times without a zone unresolved rather than guess', () => {
    expect(resolvePublished('November 3, 2026 4:05 pm', at)).toBeNull();
    expect(resolvePublished('27 November 2026', at)).toBeNull();
  });
});
