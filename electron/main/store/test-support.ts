import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { StoredCopy } from './store-files';

/** A fresh temporary data folder per test, removed afterwards. Test helper only (not bundled by the app). */
export async function withTempDir<T>(run: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-store-'));
  try {
    return await run(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A valid stored copy with the given id; `overrides` change any field. */
export function makeCopy(id: string, overrides: Partial<StoredCopy> = {}): StoredCopy {
  return {
    id,
    fingerprint: `fp-${id}`,
    origin: { source: 'test.txt', format: 'text', index: 0 },
    outlet: 'Leader Live',
    headline: `Headline ${id}`,
    published: '14 hours ago',
    publishedAt: '2026-01-01T00:00:00.000Z',
    byline: null,
    dateline: null,
    paragraphs: [`First paragraph of ${id}.`, 'Second paragraph.'],
    removed: [],
    importedAt: '2026-01-01T14:00:00.000Z',
    storyId: null,
    layout: { removedBefore: 0, restoredBefore: 0 },
    ...overrides,
  };
}
