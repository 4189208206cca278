/**
 * Published times as pages print them: relative ("14 hours ago", "3h", "yesterday") or absolute
 * ("27 Nov 2026 09:14", "November 27, 2026", "2026-11-27T09:14"). Recognising the shape, not any page's
 * wording, is what lets metadata lines be told apart from copy on pages never seen before.
 */

const UNIT = String.raw`(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|wks?|months?|years?|yrs?)`;
const RELATIVE_AGO = String.raw`(?:\d{1,3}|an?|one)\s*${UNIT}\s+ago`;
const RELATIVE_SHORT = String.raw`\d{1,3} ?(?:s|m|h|d|w|mo|y)(?: ago)?`;
const RELATIVE_WORD = String.raw`just now|yesterday`;
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const WEEKDAY = String.raw`(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+`;
const CLOCK = String.raw`\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*(?:gmt|utc|bst|cet|cest|est|edt|pst|pdt|aest|z))?`;
const DATE = String.raw`(?:\d{1,2}(?:st|nd|rd|th)?\s+${MONTH},?\s+\d{4}|${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2})`;
const ABSOLUTE = String.raw`(?:${WEEKDAY})?${DATE}(?:(?:,|\s+at|\s*T|\s*[-·|•])?\s*${CLOCK})?`;

// The time must be the end of the line and must not start inside a word or a number ("Daily8").
const AT_END = new RegExp(String.raw`(?:^|(?<=[^\p{N}]))(${RELATIVE_AGO}|${RELATIVE_WORD}|${ABSOLUTE}|${RELATIVE_SHORT})$`, 'iu');

export interface TimeAtEnd {
  /** What precedes the time on the line, trimmed of separators. */
  prefix: string;
  /** The time as printed. */
  printed: string;
}

/** Finds a printed time ending the line ("Leader Live14 hours ago" → prefix "Leader Live"). */
export function timeAtEnd(line: string): TimeAtEnd | null {
  const m = AT_END.exec(line.trim());
  if (!m) return null;
  const printed = m[1]!.trim();
  // "3m" or "2 d" alone after words is too ambiguous unless the unit is glued or separated as metadata.
  const prefix = line.trim().slice(0, m.index).replace(/[\s·•|,:\-–—]+$/u, '').trim();
  if (/^\d+ ?(?:m|s|y)$/i.test(printed) && prefix && !/[·•|]\s*$/u.test(line.slice(0, m.index))) return null;
  return { prefix, printed };
}

const UNIT_MS: [RegExp, number][] = [
  [/^mo/i, 30 * 86_400_000],
  [/^(?:s|sec)/i, 1000],
  [/^m/i, 60_000],
  [/^h/i, 3_600_000],
  [/^d/i, 86_400_000],
  [/^w/i, 7 * 86_400_000],
  [/^y/i, 365 * 86_400_000],
];

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// The whole printed text as a relative time, unit captured ("14 March" must not read as 14 minutes).
const RELATIVE_WHOLE = new RegExp(String.raw`^(\d{1,3}|an?|one)\s*(${UNIT}|s|m|h|d|w|mo|y)(?:\s+ago)?$`, 'i');

function relativeMs(printed: string): number | null {
  if (/^just now$/i.test(printed)) return 0;
  if (/^yesterday$/i.test(printed)) return 86_400_000;
  const m = RELATIVE_WHOLE.exec(printed.trim());
  if (!m) return null;
  const n = /^\d/.test(m[1]!) ? Number(m[1]) : 1;
  const unit = UNIT_MS.find(([re]) => re.test(m[2]!));
  return unit ? n * unit[1] : null;
}

// Offsets (minutes east of UTC) of the zone abbreviations news pages print.
const ZONES: Record<string, number> = { gmt: 0, utc: 0, z: 0, bst: 60, cet: 60, cest: 120, est: -300, edt: -240, pst: -480, pdt: -420, aest: 600 };

function absoluteMs(printed: string): number | null {
  const zoneName = /(?:\d|\s)(gmt|utc|z|bst|cet|cest|est|edt|pst|pdt|aest)$/i.exec(printed.trim())?.[1]?.toLowerCase();
  // Without a printed zone the instant is unknown: reading it as UTC (or as the importer's local time) is a guess.
  if (zoneName === undefined) return null;
  const zone = ZONES[zoneName]!;
  const iso = /(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(printed);
  const text = printed.toLowerCase();
  let y: number, mo: number, d: number;
  if (iso) {
    [y, mo, d] = [Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])];
  } else {
    const month = MONTHS.findIndex((name) => new RegExp(`\\b${name}`).test(text));
    const day = /(?:^|\D)(\d{1,2})(?:st|nd|rd|th)?(?:\s|,)/.exec(text.replace(/\d{4}/, ''));
    const year = /\b(\d{4})\b/.exec(text);
    if (month < 0 || !day || !year) return null;
    [y, mo, d] = [Number(year[1]), month, Number(day[1])];
  }
  const clock = /(\d{1,2})[:.](\d{2})\s*([ap])?\.?m?\.?/i.exec(printed.replace(/\d{4}-\d{2}-\d{2}/, ''));
  let hh = clock ? Number(clock[1]) : 0;
  const mm = clock ? Number(clock[2]) : 0;
  if (clock?.[3]?.toLowerCase() === 'p' && hh < 12) hh += 12;
  if (clock?.[3]?.toLowerCase() === 'a' && hh === 12) hh = 0;
  const ms = Date.UTC(y, mo, d, hh, mm) - zone * 60_000;
  return Number.isNaN(ms) ? null : ms;
}

/**
 * The absolute ISO time of a printed time: relative ones count back from the import time; absolute ones need
 * a printed zone ("09:14 GMT"). Null when the instant cannot be known.
 */
export function resolvePublished(printed: string, importedAt: string): string | null {
  const anchor = Date.parse(importedAt);
  const back = relativeMs(printed);
  if (back !== null) return Number.isNaN(anchor) ? null : new Date(anchor - back).toISOString();
  const at = absoluteMs(printed);
  return at === null ? null : new Date(at).toISOString();
}
