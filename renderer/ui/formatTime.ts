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

/**
 * Building an Intl.DateTimeFormat costs far more than using one, and a library list formats hundreds of rows
 * per render: formatters are kept per locale and options (a handful of combinations in practice).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify([locale ?? null, options]);
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, found);
  }
  return found;
}

const dayOf = (date: Date, timeZone: string | undefined): string =>
  formatter('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);

/** Compact time for list rows, as mail clients do: the hour today, the day this year, the full date before. */
export function formatShortTime(iso: string | null, now: Date, { locale, timeZone }: TimeFormat = {}): string | null {
  const date = parse(iso);
  if (!date) return null;
  if (dayOf(date, timeZone) === dayOf(now, timeZone)) {
    return formatter(locale, { timeZone, hour: 'numeric', minute: '2-digit' }).format(date);
  }
  const sameYear = dayOf(date, timeZone).slice(0, 4) === dayOf(now, timeZone).slice(0, 4);
  return formatter(locale, { timeZone, day: 'numeric', month: 'short', year: sameYear ? undefined : 'numeric' }).format(date);
}

/** Unambiguous time for the inspector. */
export function formatFullTime(iso: string | null, { locale, timeZone }: TimeFormat = {}): string | null {
  const date = parse(iso);
  if (!date) return null;
  return formatter(locale, { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
