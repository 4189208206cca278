import { foldForCompare } from '../text/fold';

/**
 * Page titles carry the site name: "Obama admits ... - BBC News", "Story | The Telegraph". The headline is
 * the title without it. Only a suffix naming the outlet is cut, so a headline that itself contains a dash
 * ("Zimbabwe coup - what next") is left whole when the page does not name its site that way.
 */
const SEPARATED_TAIL = /^(.*\S)\s+[|\-–—:·•]\s+(.+)$/u;

export function withoutSiteSuffix(title: string | null, outlet: string | null): string | null {
  const trimmed = title?.trim();
  if (!trimmed) return null;
  const m = SEPARATED_TAIL.exec(trimmed);
  if (!m || !outlet) return trimmed;
  const tail = foldForCompare(m[2]!).replace(/\W+/g, '');
  const site = foldForCompare(outlet).replace(/\W+/g, '');
  return tail !== '' && (site.includes(tail) || tail.includes(site)) ? m[1]! : trimmed;
}
