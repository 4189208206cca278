/**
 * Wire formats state times in ISO 8601, extended ("2013-07-09T10:37:00Z") or basic ("20210516T090004+0200").
 * A time without a zone is left unconverted: reading it as local time would make the result depend on the
 * machine that imports it, and reading it as UTC would be a guess.
 */

const EXTENDED = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)$/i;
const BASIC = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(?:(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}(?:\d{2})?)$/i;

/** The stated time as ISO UTC ("2013-07-09T10:37:00.000Z"), or null when it has no zone or is not a time. */
export function isoFromStated(stated: string | null): string | null {
  if (!stated) return null;
  const m = EXTENDED.exec(stated.trim()) ?? BASIC.exec(stated.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s = '00', frac = '0', zone] = m;
  const offset = zone!.toUpperCase() === 'Z' ? 'Z' : `${zone!.slice(0, 3)}:${zone!.replace(':', '').slice(3, 5) || '00'}`;
  const ms = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}.${frac.padEnd(3, '0').slice(0, 3)}${offset}`);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}
