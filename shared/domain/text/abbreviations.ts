/**
 * Words that end with a full stop without ending the sentence. This is knowledge of English news style
 * (titles, ranks, months, corporate suffixes), not of any page; the sentence splitter consults it.
 */
export const NON_TERMINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'st', 'sr', 'jr', 'rev', 'hon', 'gen', 'gov', 'sen', 'rep', 'col',
  'lt', 'sgt', 'capt', 'cmdr', 'adm', 'maj', 'insp', 'supt', 'det', 'pc', 'mt', 'ft', 'inc', 'ltd', 'co',
  'corp', 'plc', 'vs', 'v', 'approx', 'dept', 'est', 'fig', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
]);

/** "No." and "Nos." are abbreviations only before a number ("No. 10"); otherwise "no." ends a sentence. */
export const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set(['no', 'nos', 'art', 'vol', 'p', 'pp']);
