/** Locale and zone are parameters so the same function is testable and follows the user's settings in the app. */
export interface TimeFormat {
  locale?: string;
  timeZone?: string;
}

const parse = (iso: string | null): Date | null => {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
};

const dayOf = (date: Date, timeZone: string | undefined): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);

/** Compact time for list rows, as mail clients do: the hour today, the day this year, the full date before. */
export function formatShortTime(iso: string | null, now: Date, { locale, timeZone }: TimeFormat = {}): string | null {
  const date = parse(iso);
  if (!date) return null;
  if (dayOf(date, timeZone) === dayOf(now, timeZone)) {
    return new Intl.DateTimeFormat(locale, { timeZone, hour: 'numeric', minute: '2-digit' }).format(date);
  }
  const sameYear = dayOf(date, timeZone).slice(0, 4) === dayOf(now, timeZone).slice(0, 4);
  return new Intl.DateTimeFormat(locale, { timeZone, day: 'numeric', month: 'short', year: sameYear ? undefined : 'numeric' }).format(date);
}

/** Unambiguous time for the inspector. */
export function formatFullTime(iso: string | null, { locale, timeZone }: TimeFormat = {}): string | null {
  const date = parse(iso);
  if (!date) return null;
  return new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
