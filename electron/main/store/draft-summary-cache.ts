import { z } from 'zod';
import { DraftSummary } from '../../../shared/domain/model';
import type { AtomicWriter } from './atomic-write';
import type { FileStamp } from './file-stamp';
import { readRawJson } from './raw-json';
import { KeptRevision } from './store-files';

/**
 * What the drafts list needs of each draft, saved beside the store so the next start reads one small file
 * instead of every draft file (2,000 long drafts are hundreds of MB to read and parse). Derived data only:
 * an entry is used only while its draft file still has the stamp it was read at, so a draft saved since (by
 * this process or any other) is read again; a missing or damaged cache just means reading every draft.
 */

/** What the list holds of one draft, and the version of its file it was read from. */
export interface ListedDraft {
  summary: DraftSummary;
  kept: KeptRevision[];
  stamp: FileStamp | null;
}

const BigintText = z.string().regex(/^\d+$/);
const CachedStamp = z.object({ ino: BigintText, size: BigintText, mtimeNs: BigintText, ctimeNs: BigintText });
const CacheFile = z.object({
  version: z.literal(1),
  drafts: z.record(z.string(), z.object({ stamp: CachedStamp, summary: DraftSummary, kept: z.array(KeptRevision) })),
});

/** The cached entries, by draft id; empty when there is no usable cache. */
export async function readSummaryCache(file: string): Promise<Map<string, ListedDraft>> {
  const raw = await readRawJson(file);
  const parsed = raw.state === 'ok' ? CacheFile.safeParse(raw.value) : undefined;
  if (!parsed?.success) return new Map();
  return new Map(
    Object.entries(parsed.data.drafts).map(([id, { stamp, summary, kept }]) => [
      id,
      { summary, kept, stamp: { ino: BigInt(stamp.ino), size: BigInt(stamp.size), mtimeNs: BigInt(stamp.mtimeNs), ctimeNs: BigInt(stamp.ctimeNs) } },
    ]),
  );
}

/** Saves the entries whose file version is known. Best effort: a cache that cannot be written costs only time. */
export async function writeSummaryCache(file: string, listed: ReadonlyMap<string, ListedDraft>, writer: AtomicWriter): Promise<void> {
  const drafts: Record<string, z.input<typeof CacheFile>['drafts'][string]> = {};
  for (const [id, { summary, kept, stamp }] of listed) {
    if (!stamp) continue;
    drafts[id] = { summary, kept, stamp: { ino: `${stamp.ino}`, size: `${stamp.size}`, mtimeNs: `${stamp.mtimeNs}`, ctimeNs: `${stamp.ctimeNs}` } };
  }
  await writer(file, JSON.stringify({ version: 1, drafts })).catch(() => {});
}
