import { rename } from 'node:fs/promises';

export type AsideReason = 'corrupt' | 'newer' | 'migrated';

/** A file-name-safe stamp, so files moved aside at different times never collide and sort by time. */
export const asideStamp = (at: Date): string => at.toISOString().replace(/[:.]/g, '-');

/**
 * Renames a store file (or folder) to `<name>.<reason>-<stamp>` so the fresh store never overwrites it and
 * a person (or a later version of Copydesk) can still recover it. Returns the new path.
 */
export async function moveAside(file: string, reason: AsideReason, at: Date): Promise<string> {
  const target = `${file}.${reason}-${asideStamp(at)}`;
  await rename(file, target);
  return target;
}
