import { describe, expect, it } from 'vitest';
import { formatFullTime, formatShortTime } from './formatTime';

const now = new Date('2026-11-27T15:00:00Z');
const utc = { locale: 'en-GB', timeZone: 'UTC' };

describe('formatShortTime', () => {
  it('shows the hour for today, the day this year and the year before', () => {
    expect(formatShortTime('2026-11-27T09:14:00Z', now, utc)).toBe('9:14');
    expect(formatShortTime('2026-03-02T09:14:00Z', now, utc)).toBe('2 Mar');
    expect(formatShortTime('2025-12-31T09:14:00Z', now, utc)).toBe('31 Dec 2025');
  });

  it('decides “today” in the reader’s time zone', () => {
    // 23:30 UTC on the 26th is already the morning of the 27th in Tokyo, where 10:00 UTC is still the 27th.
    const morning = new Date('2026-11-27T10:00:00Z');
    expect(formatShortTime('2026-11-26T23:30:00Z', morning, { locale: 'en-GB', timeZone: 'Asia/Tokyo' })).toBe('8:30');
    expect(formatShortTime('2026-11-26T23:30:00Z', morning, utc)).toBe('26 Nov');
  });

  it('returns null for missing or unreadable times', () => {
    expect(formatShortTime(null, now, utc)).toBeNull();
    expect(formatShortTime('14 hours ago', now, utc)).toBeNull();
  });
});

describe('formatFullTime', () => {
  it('gives date and time', () => {
    expect(formatFullTime('2026-11-27T09:14:00Z', utc)).toBe('27 Nov 2026, 09:14');
    expect(formatFullTime('nonsense', utc)).toBeNull();
  });
});
