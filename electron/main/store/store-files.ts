import path from 'node:path';
import { z } from 'zod';
import { fnv1a32, mix32 } from '../../../shared/domain/text/hash';
import { DEFAULT_SETTINGS, Draft, DraftRevision, Settings, Story, WireCopy } from '../../../shared/domain/model';

/**
 * The store's files and their shapes. Split so that each change rewrites only small files: saving a draft
 * touches one drafts/<id>.json (and, when it keeps a revision, writes one drafts/<id>/<revision>.json); an import touches the few shards its copies hash to, the copy index and
 * stories.json; the bodies (≈95 % of the bytes) are read only when a copy is opened.
 */

/** Bumped with every migration in migrations/; meta.json records the version a folder is at. */
export const SCHEMA_VERSION = 3;

/**
 * Shards of the copy bodies. 256 keeps each shard near 1 MB at 50,000 copies of 5 KB, so one import rewrites
 * a few MB at most. Changing it needs a migration that re-shards.
 */
export const SHARD_COUNT = 256;

/**
 * Revisions kept per draft by default; older ones are dropped on save so a draft file stays bounded. The
 * store's setting (Settings.revisionsKept) decides; this names its default for tests and the bench.
 */
export const MAX_REVISIONS = DEFAULT_SETTINGS.revisionsKept;

export const MetaFile = z.object({
  schemaVersion: z.number().int().min(0),
  settings: Settings,
  /** Set once the sample was imported on first start, so deleting it later does not bring it back. */
  seededSample: z.boolean(),
});
export type MetaFile = z.infer<typeof MetaFile>;

/**
 * Where a copy's removed lines belong in its page, so restoring one puts it back at its place: the first
 * `removedBefore` entries of `removed` came before the body (the rest after it), and `restoredBefore` of
 * those already went back to the top of the body. Stored with the body, never sent to the UI.
 */
export const CopyLayout = z.object({ removedBefore: z.number().int().min(0), restoredBefore: z.number().int().min(0) });
export type CopyLayout = z.infer<typeof CopyLayout>;

export const StoredCopy = WireCopy.extend({ layout: CopyLayout });
export type StoredCopy = z.infer<typeof StoredCopy>;

export const ShardFile = z.object({ copies: z.record(z.string(), StoredCopy) });
export type ShardFile = z.infer<typeof ShardFile>;

export const StoriesFile = z.object({ stories: z.array(Story) });
export type StoriesFile = z.infer<typeof StoriesFile>;

/**
 * What a draft's file records of each kept revision. The revision's words live in a file of their own, so an
 * autosave rewrites the current draft only, not the history (50 revisions of a long draft are megabytes).
 */
export const KeptRevision = DraftRevision.pick({ revision: true, savedAt: true, reason: true });
export type KeptRevision = z.infer<typeof KeptRevision>;

/** Which program last saved a draft: named in the conflict message of whoever saves over it from an older revision. */
export const SavedBy = z.enum(['electron', 'web', 'cli']);
export type SavedBy = z.infer<typeof SavedBy>;

/** drafts/<id>.json: the current draft and its kept revisions, oldest first. */
export const DraftFile = z.object({ draft: Draft, kept: z.array(KeptRevision), savedBy: SavedBy.optional() });
export type DraftFile = z.infer<typeof DraftFile>;

/**
 * grouping.json: the editor's regrouping decisions, keyed by content fingerprint so they outlive the copies
 * (a deleted copy imported again goes back where the editor put it).
 */
export const GroupingFile = z.object({
  /** Fingerprint → the story the editor put that copy in. */
  assigned: z.record(z.string(), z.string()),
  /** Fingerprint → stories the editor took that copy out of: automatic grouping never puts it back there. */
  movedOutOf: z.record(z.string(), z.array(z.string())),
  /** Story id pairs the editor split apart: a page's grouping never puts their new copies together. */
  apart: z.array(z.tuple([z.string(), z.string()])),
});
export type GroupingFile = z.infer<typeof GroupingFile>;

/** Top-level entries of a data folder that belong to the store (moved aside together for a newer version). */
export const STORE_ENTRIES = ['meta.json', 'copies', 'stories.json', 'grouping.json', 'drafts', 'draft-summaries.cache'] as const;

export const storePaths = (dataDir: string) => ({
  meta: path.join(dataDir, 'meta.json'),
  copiesDir: path.join(dataDir, 'copies'),
  copyIndex: path.join(dataDir, 'copies', 'index.json'),
  shard: (n: number) => path.join(dataDir, 'copies', `shard-${n.toString(16).padStart(2, '0')}.json`),
  stories: path.join(dataDir, 'stories.json'),
  grouping: path.join(dataDir, 'grouping.json'),
  draftsDir: path.join(dataDir, 'drafts'),
  /** The drafts list cached between starts (draft-summary-cache.ts): derived, never the only copy of anything. */
  draftSummaries: path.join(dataDir, 'draft-summaries.cache'),
  draft: (id: string) => path.join(dataDir, 'drafts', `${id}.json`),
  /** A folder per draft for its revisions: a name without ".json", so listing the drafts never meets it. */
  draftRevisionsDir: (id: string) => path.join(dataDir, 'drafts', id),
  draftRevision: (id: string, revision: number) => path.join(dataDir, 'drafts', id, `${revision}.json`),
});
export type StorePaths = ReturnType<typeof storePaths>;

/** A hash of the id, stable across runs and platforms (it decides which file a copy lives in forever). */
export const shardOf = (id: string): number => mix32(fnv1a32(id)) % SHARD_COUNT;
