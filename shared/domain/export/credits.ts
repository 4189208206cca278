import type { ExportMeta } from './types';

/** The outlets the article was derived from, each once, oldest copy first; copies without an outlet are left out. */
export const sourceOutlets = (meta: ExportMeta): string[] => [...new Set(meta.sources.flatMap((s) => (s.outlet?.trim() ? [s.outlet.trim()] : [])))];

/** "Sources: Outlet, Outlet" when the caller asked for credits and some source has an outlet, else null. */
export function creditsLine(meta: ExportMeta): string | null {
  const outlets = sourceOutlets(meta);
  return meta.credits && outlets.length ? `Sources: ${outlets.join(', ')}` : null;
}
