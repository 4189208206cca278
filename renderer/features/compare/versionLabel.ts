import type { WireCopy } from '../../../shared/domain/model';

/** How a version is named in pickers and matrix headers: the outlet and the time it printed, as printed. */
export function versionLabel(copy: Pick<WireCopy, 'outlet' | 'published'>): string {
  const outlet = copy.outlet ?? 'Unknown outlet';
  return copy.published ? `${outlet} · ${copy.published}` : outlet;
}
