import { stat } from 'node:fs/promises';
import type { BigIntStats } from 'node:fs';

/**
 * What identifies one version of a store file without reading it. Every store write replaces the file by a
 * rename, so the inode (the file index on Windows) changes with each write, and nanosecond times tell apart
 * two writes that reused an inode. Size is a last cheap guard. On file systems with coarse times and
 * position-based inodes (FAT, exFAT) two writes within one tick could look alike; the cross-process lock
 * (file-lock.ts) still keeps them from interleaving, so the worst case there is reading a change late.
 */
export interface FileStamp {
  ino: bigint;
  size: bigint;
  mtimeNs: bigint;
  ctimeNs: bigint;
}

export const stampOfStats = (stats: BigIntStats): FileStamp => ({ ino: stats.ino, size: stats.size, mtimeNs: stats.mtimeNs, ctimeNs: stats.ctimeNs });

/** The file's stamp now; null when it does not exist. */
export async function stampOf(file: string): Promise<FileStamp | null> {
  try {
    return stampOfStats(await stat(file, { bigint: true }));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Null stands for "no file": two absent files are the same, a present and an absent one are not. */
export function sameStamp(a: FileStamp | null, b: FileStamp | null): boolean {
  if (a === null || b === null) return a === b;
  return a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs;
}
