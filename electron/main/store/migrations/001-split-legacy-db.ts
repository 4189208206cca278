import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_SETTINGS, Theme, type WireCopy } from '../../../../shared/domain/model';
import { copyIndexFormat } from '../copy-index-format';
import { summarizeCopy } from '../copy-summary';
import { isFileSafeId } from '../draft-repository';
import { DamagedFileError } from '../json-file-adapter';
import { moveAside } from '../move-aside';
import { readRawJson } from '../raw-json';
import { shardOf, type MetaFile } from '../store-files';
import type { Migration } from './migration';

/**
 * Version 0 was the prototype's single db.json holding everything, bodies as one string. It had to go: every
 * draft save rewrote the whole library. This splits it into the sharded layout of version 1.
 */
export const LEGACY_DB_FILE = 'db.json';

/** A shard as version 1 wrote it (version 2 added the layout of removed lines). */
type ShardFile = { copies: Record<string, WireCopy> };

const LegacyCopy = z.object({
  id: z.string().min(1),
  fingerprint: z.string().min(1),
  source: z.string(),
  outlet: z.string().nullable().default(null),
  headline: z.string().nullable().default(null),
  published: z.string().nullable().default(null),
  byline: z.string().nullable().default(null),
  body: z.string(),
  importedAt: z.string(),
  storyId: z.string().nullable().default(null),
});

const LegacyDb = z.object({
  settings: z.object({ theme: Theme.optional() }).default({}),
  copies: z.array(LegacyCopy).default([]),
  stories: z
    .array(z.object({ id: z.string().min(1), headline: z.string().nullable(), copyIds: z.array(z.string()), createdAt: z.string() }))
    .default([]),
  drafts: z
    .array(
      z.object({
        id: z.string().min(1),
        storyId: z.string().nullable(),
        title: z.string(),
        content: z.string(),
        text: z.string(),
        revision: z.number().int().min(1),
        createdAt: z.string(),
        updatedAt: z.string(),
      }),
    )
    .default([]),
});

const toWireCopy = (legacy: z.infer<typeof LegacyCopy>): WireCopy => ({
  id: legacy.id,
  fingerprint: legacy.fingerprint,
  origin: { source: legacy.source, format: 'text', index: 0 },
  outlet: legacy.outlet,
  headline: legacy.headline,
  published: legacy.published,
  publishedAt: null,
  byline: legacy.byline,
  dateline: null,
  // The prototype kept paragraphs separated by blank lines.
  paragraphs: legacy.body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== ''),
  removed: [],
  importedAt: legacy.importedAt,
  storyId: legacy.storyId,
});

export const splitLegacyDb: Migration = {
  version: 1,
  name: 'split the single db.json into meta, sharded copies, stories and one file per draft',
  async up({ dataDir, paths, writeJson, now }) {
    const file = path.join(dataDir, LEGACY_DB_FILE);
    const raw = await readRawJson(file);
    // Already split by an earlier run that stopped before recording the version.
    if (raw.state === 'missing') return;
    if (raw.state === 'damaged') throw new DamagedFileError(file, `not valid JSON (${raw.reason})`);
    const parsed = LegacyDb.safeParse(raw.value);
    if (!parsed.success) throw new DamagedFileError(file, `unexpected content (${parsed.error.issues[0]?.message ?? 'unknown'})`);
    const legacy = parsed.data;

    const copies = legacy.copies.map(toWireCopy);
    const shards = new Map<number, ShardFile>();
    for (const copy of copies) {
      const shard = shards.get(shardOf(copy.id)) ?? { copies: {} };
      shard.copies[copy.id] = copy;
      shards.set(shardOf(copy.id), shard);
    }
    for (const [n, shard] of shards) await writeJson(paths.shard(n), shard);
    await writeJson(paths.copyIndex, copyIndexFormat.serialize({ copies: copies.map(summarizeCopy) }));
    await writeJson(paths.stories, { stories: legacy.stories.map((s) => ({ ...s, updatedAt: s.createdAt })) });
    for (const draft of legacy.drafts) {
      const id = isFileSafeId(draft.id) ? draft.id : randomUUID();
      // Version 1's draft file, revisions inline; migration 3 moves them into files of their own.
      const file = {
        draft: { ...draft, id },
        revisions: [{ draftId: id, revision: draft.revision, savedAt: draft.updatedAt, title: draft.title, content: draft.content, text: draft.text }],
      };
      await writeJson(paths.draft(id), file);
    }
    const meta: MetaFile = { schemaVersion: 0, settings: { ...DEFAULT_SETTINGS, ...legacy.settings }, seededSample: true };
    await writeJson(paths.meta, meta);
    await moveAside(file, 'migrated', now());
  },
};
