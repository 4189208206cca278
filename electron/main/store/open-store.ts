import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_SETTINGS, type Draft } from '../../../shared/domain/model';
import { writeFileAtomic, type AtomicWriter } from './atomic-write';
import { copyIndexFormat } from './copy-index-format';
import { CopyRepository } from './copy-repository';
import { DraftRepository } from './draft-repository';
import { schemaFormat, type FileFormat } from './file-format';
import { JsonDocument } from './json-document';
import { DamagedFileError } from './json-file-adapter';
import { MetaRepository } from './meta-repository';
import { LEGACY_DB_FILE } from './migrations/001-split-legacy-db';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/migration';
import { runMigrations } from './migrations/run-migrations';
import { asideStamp, moveAside } from './move-aside';
import { readRawJson, versionOf } from './raw-json';
import { reconcileMembership } from './reconcile-membership';
import { RevisionFiles } from './revision-files';
import { removeStaleTemps } from './stale-temps';
import { StoreHealth } from './store-health';
import { DraftFile, GroupingFile, MetaFile, SCHEMA_VERSION, ShardFile, STORE_ENTRIES, StoriesFile, storePaths } from './store-files';
import { GroupingRepository } from './grouping-repository';
import { StoryRepository } from './story-repository';

export interface StoreOptions {
  now?: () => Date;
  /** Replaces the atomic file writer: tests inject a disk that refuses writes. */
  writer?: AtomicWriter;
  /** Replaces the migration registry: tests exercise the runner with their own steps. */
  migrations?: readonly Migration[];
}

export interface Store {
  dataDir: string;
  health: StoreHealth;
  meta: MetaRepository;
  copies: CopyRepository;
  stories: StoryRepository;
  drafts: DraftRepository;
  grouping: GroupingRepository;
  /** Resolves once every write queued so far has reached the disk (or failed). */
  flush: () => Promise<void>;
  /**
   * Re-reads what another process (the CLI, a second app) changed; true if anything had. A few stats: cheap
   * enough before every call. `thorough` also checks every draft's file (one stat each), for an idle poll.
   */
  sync: (options?: { thorough?: boolean }) => Promise<boolean>;
}

const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Opens the store in `dataDir`: refuses (moves aside) a folder written by a newer Copydesk, migrates an older
 * one, loads what the library needs and leaves the copy bodies on disk. Never throws for a damaged or
 * unwritable folder: it starts on what it could keep, and `health` says what happened.
 */
export async function openStore(dataDir: string, options: StoreOptions = {}): Promise<Store> {
  const now = options.now ?? (() => new Date());
  const writer = options.writer ?? writeFileAtomic;
  const paths = storePaths(dataDir);
  const health = new StoreHealth(dataDir, now);
  const document = <T>(file: string, format: FileFormat<T>, empty: () => T) => new JsonDocument(file, format, empty, health, writer, now);

  let usable = await prepareFolder(dataDir, [], health);
  if (usable) {
    await setAsideNewerStore(dataDir, paths.meta, health, now);
    usable = await prepareFolder(dataDir, [paths.copiesDir, paths.draftsDir], health);
  }
  if (usable) usable = await migrate(dataDir, paths, health, writer, now, options.migrations ?? MIGRATIONS);
  // A process killed mid-write leaves its hidden temporary file; nothing reads them, but a big one (a copy
  // shard, the index) would take disk space forever. Revision folders are left: their temps are one draft's.
  if (usable) for (const folder of [dataDir, paths.copiesDir, paths.draftsDir]) await removeStaleTemps(folder);

  const metaDoc = document(paths.meta, schemaFormat(MetaFile), () => ({ schemaVersion: SCHEMA_VERSION, settings: { ...DEFAULT_SETTINGS }, seededSample: false }));
  const indexDoc = document(paths.copyIndex, copyIndexFormat, () => ({ copies: [] }));
  const storiesDoc = document(paths.stories, schemaFormat(StoriesFile), () => ({ stories: [] }));
  const groupingDoc = document(paths.grouping, schemaFormat(GroupingFile), () => ({ assigned: {}, movedOutOf: {}, apart: [] }));
  const openShard = async (n: number) => {
    const doc = document(paths.shard(n), schemaFormat(ShardFile), () => ({ copies: {} }));
    if (usable) await doc.load();
    return doc;
  };
  const drafts = new DraftRepository(
    paths,
    (id) => document(paths.draft(id), schemaFormat(DraftFile), () => ({ draft: placeholderDraft(id), kept: [] })),
    new RevisionFiles(paths, health, writer, now),
    () => metaDoc.peek().settings.revisionsKept,
    { file: paths.draftSummaries, writer },
  );

  let metaExisted = false;
  if (usable) {
    [metaExisted] = await Promise.all([metaDoc.load(), indexDoc.load(), storiesDoc.load(), groupingDoc.load(), drafts.load()]);
  }
  const meta = new MetaRepository(metaDoc);
  // Record the version of a new folder right away, so a later version knows what it is looking at.
  if (usable && !metaExisted) await meta.persist().catch(() => {});

  const copies = new CopyRepository(indexDoc, openShard);
  const stories = new StoryRepository(storiesDoc);
  if (usable && health.writable) await repairMembership(copies, stories, health, paths.stories, now);
  const flush = async () => {
    await Promise.all([metaDoc.flush(), storiesDoc.flush(), groupingDoc.flush(), copies.flush(), drafts.flush()]);
  };
  const sync = async ({ thorough = false } = {}) => {
    const listed = await Promise.all([metaDoc.refresh(), storiesDoc.refresh(), groupingDoc.refresh(), copies.sync(), drafts.sync()]);
    const saved = thorough && (await drafts.refreshAll());
    return saved || listed.some(Boolean);
  };
  return { dataDir, health, meta, copies, stories, drafts, grouping: new GroupingRepository(groupingDoc), flush, sync };
}

/**
 * Puts copies and stories back in step after a crash between their writes, and says so. A store that cannot
 * be written keeps what it has: the health notice already tells the user it is not saving.
 */
async function repairMembership(copies: CopyRepository, stories: StoryRepository, health: StoreHealth, storiesFile: string, now: () => Date): Promise<void> {
  try {
    const repair = await reconcileMembership(copies, stories, now().toISOString());
    if (!repair) return;
    const parts = [
      repair.copiesMoved > 0 ? `${repair.copiesMoved} copy(ies) put back in the story that lists them` : '',
      repair.copiesListed > 0 ? `${repair.copiesListed} copy(ies) of an unfinished import added to their story` : '',
      repair.missingDropped > 0 ? `${repair.missingDropped} missing copy(ies) taken out of their story` : '',
    ].filter(Boolean);
    health.notice('migrated', storiesFile, `Copydesk had stopped in the middle of saving a change to the stories; it was completed on start: ${parts.join('; ')}.`);
  } catch {
    // Reported by the store's health (read-only notice); memory still matches the disk, so nothing is lost.
  }
}

/** Creates the folders; false (and the store marked unwritable) when that is impossible. */
async function prepareFolder(dataDir: string, subfolders: readonly string[], health: StoreHealth): Promise<boolean> {
  try {
    await mkdir(dataDir, { recursive: true });
    for (const folder of subfolders) await mkdir(folder, { recursive: true });
    return true;
  } catch (error) {
    health.markUnwritable(errorMessage(error));
    return false;
  }
}

/**
 * A folder written by a newer Copydesk may hold files this version would misread: all its store files are
 * moved aside together, under one stamp, so the newer version can still find a consistent set.
 */
async function setAsideNewerStore(dataDir: string, metaFile: string, health: StoreHealth, now: () => Date): Promise<void> {
  const raw = await readRawJson(metaFile);
  const version = raw.state === 'ok' ? versionOf(raw.value) : undefined;
  if (version === undefined || version <= SCHEMA_VERSION) return;
  const at = now();
  const present = new Set(await readdir(dataDir));
  for (const entry of STORE_ENTRIES) if (present.has(entry)) await moveAside(path.join(dataDir, entry), 'newer', at);
  health.notice(
    'moved-aside',
    metaFile,
    `This data folder was written by a newer Copydesk (store version ${version}; this one reads up to ${SCHEMA_VERSION}). Its files were moved aside, untouched, and Copydesk started a fresh store.`,
    `${metaFile}.newer-${asideStamp(at)}`,
  );
}

async function migrate(
  dataDir: string,
  paths: ReturnType<typeof storePaths>,
  health: StoreHealth,
  write: AtomicWriter,
  now: () => Date,
  migrations: readonly Migration[],
): Promise<boolean> {
  const raw = await readRawJson(paths.meta);
  const legacy = await readRawJson(path.join(dataDir, LEGACY_DB_FILE));
  const from = raw.state === 'ok' ? versionOf(raw.value) : raw.state === 'missing' && legacy.state !== 'missing' ? 0 : undefined;
  if (from === undefined || from >= SCHEMA_VERSION) return true;
  const writeJson = async (file: string, value: unknown) => {
    await mkdir(path.dirname(file), { recursive: true });
    await write(file, JSON.stringify(value));
  };
  try {
    const ran = await runMigrations(from, { dataDir, paths, writeJson, now }, migrations);
    for (const m of ran) health.notice('migrated', paths.meta, `Updated the store to version ${m.version}: ${m.name}.`);
    return true;
  } catch (error) {
    if (error instanceof DamagedFileError) {
      const movedTo = await moveAside(error.file, 'corrupt', now());
      health.notice('moved-aside', error.file, `${error.message}. It was moved aside, untouched, and Copydesk started a fresh store.`, movedTo);
      return true;
    }
    // Could not write the migrated files: leave the old ones alone and run on an empty, unwritable store
    // rather than load a half-migrated folder.
    health.markUnwritable(`could not update the store to version ${SCHEMA_VERSION}: ${errorMessage(error)}`);
    return false;
  }
}

/** Never stored: a draft document's empty value is replaced by the real file as soon as it is loaded or created. */
const placeholderDraft = (id: string): Draft => ({ id, storyId: null, title: '', status: 'draft', content: '', text: '', revision: 1, createdAt: '', updatedAt: '', exports: [] });
