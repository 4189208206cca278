import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../open-store';
import { DEFAULT_SETTINGS } from '../../../../shared/domain/model';
import { copyIndexFormat } from '../copy-index-format';
import { summarizeCopy } from '../copy-summary';
import { SCHEMA_VERSION, shardOf, storePaths } from '../store-files';
import { makeCopy, withTempDir } from '../test-support';
import { MIGRATIONS } from '.';
import { splitDraftRevisions } from './003-draft-revision-files';

const fixture = path.join(import.meta.dirname, 'fixtures', 'v0-db.json');
const fixedNow = () => new Date('2026-03-01T12:00:00.000Z');

describe('migration registry', () => {
  it('numbers migrations 1, 2, 3… and ends at SCHEMA_VERSION', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(MIGRATIONS.at(-1)?.version).toBe(SCHEMA_VERSION);
  });
});

describe('001: the prototype single db.json', () => {
  it('is split into the current layout, keeping every copy, story, draft and setting', async () => {
    await withTempDir(async (dir) => {
      await copyFile(fixture, path.join(dir, 'db.json'));
      const store = await openStore(dir, { now: fixedNow });

      expect(store.meta.schemaVersion).toBe(SCHEMA_VERSION);
      expect(store.meta.settings().theme).toBe('dark');
      // Content already existed: the sample must not be seeded on top of it.
      expect(store.meta.seededSample).toBe(true);
      expect(store.copies.peekSummaries().map((c) => c.id)).toEqual(['c-1', 'c-2']);
      const first = await store.copies.get('c-1');
      expect(first?.paragraphs).toEqual([
        'The Equality and Human Rights Commission has said the rules fall short.',
        'The concerns come as the Met is set to deploy LFR.',
      ]);
      expect(first?.origin).toEqual({ source: 'daily8.txt', format: 'text', index: 0 });
      expect(store.stories.get('s-1')?.copyIds).toEqual(['c-1']);
      const [draft] = store.drafts.list();
      expect(draft).toMatchObject({ title: 'Merged', revision: 3 });
      // An id that would have escaped the drafts folder gets a new one.
      expect(draft?.id).toMatch(/^[0-9a-f-]{36}$/);
      expect((await store.drafts.revisions(draft!.id))?.map((r) => [r.revision, r.title])).toEqual([[3, 'Merged']]);
      expect(store.health.notices().map((n) => n.message)).toEqual([expect.stringMatching(/version 1/), expect.stringMatching(/version 2/), expect.stringMatching(/version 3/)]);
      // The old file is kept, renamed, never deleted.
      expect(await readdir(dir)).toContain('db.json.migrated-2026-03-01T12-00-00-000Z');
    });
  });

  it('moves a damaged db.json aside instead of migrating half of it', async () => {
    await withTempDir(async (dir) => {
      await writeFile(path.join(dir, 'db.json'), '{"copies": [');
      const store = await openStore(dir, { now: fixedNow });
      expect(store.copies.count).toBe(0);
      expect(store.health.notices()[0]).toMatchObject({ kind: 'moved-aside', movedTo: path.join(dir, 'db.json.corrupt-2026-03-01T12-00-00-000Z') });
    });
  });

  it('runs only the migrations above the recorded version, in order', async () => {
    await withTempDir(async (dir) => {
      const ran: number[] = [];
      const step = (version: number) => ({ version, name: `step ${version}`, up: async () => void ran.push(version) });
      await writeFile(path.join(dir, 'meta.json'), JSON.stringify({ schemaVersion: SCHEMA_VERSION - 1 }));
      await openStore(dir, { migrations: [step(SCHEMA_VERSION), step(SCHEMA_VERSION - 1)] });
      expect(ran).toEqual([SCHEMA_VERSION]);
    });
  });
});

describe('002: the layout of removed lines', () => {
  it('gives every version-1 copy a layout (removed lines after the body) and keeps the rest as it was', async () => {
    await withTempDir(async (dir) => {
      const paths = storePaths(dir);
      const { layout: _layout, ...v1Copy } = makeCopy('c-1', { removed: ['Menu', 'Related'] });
      await mkdir(paths.copiesDir, { recursive: true });
      await writeFile(paths.meta, JSON.stringify({ schemaVersion: 1, settings: DEFAULT_SETTINGS, seededSample: true }));
      await writeFile(paths.shard(shardOf('c-1')), JSON.stringify({ copies: { 'c-1': v1Copy } }));
      await writeFile(paths.copyIndex, JSON.stringify(copyIndexFormat.serialize({ copies: [summarizeCopy(v1Copy)] })));

      const store = await openStore(dir, { now: fixedNow });
      expect(store.meta.schemaVersion).toBe(SCHEMA_VERSION);
      expect(await store.copies.getStored('c-1')).toEqual({ ...v1Copy, layout: { removedBefore: 0, restoredBefore: 0 } });
      expect(await store.copies.get('c-1')).toEqual(v1Copy);
      expect(store.health.notices().map((n) => n.kind)).toEqual(['migrated', 'migrated']);
    });
  });

  it('refuses a damaged shard rather than migrate half of the copies', async () => {
    await withTempDir(async (dir) => {
      const paths = storePaths(dir);
      await mkdir(paths.copiesDir, { recursive: true });
      await writeFile(paths.meta, JSON.stringify({ schemaVersion: 1, settings: DEFAULT_SETTINGS, seededSample: true }));
      await writeFile(paths.shard(3), '{"copies": {');
      const store = await openStore(dir, { now: fixedNow });
      expect(store.health.notices()[0]).toMatchObject({ kind: 'moved-aside', file: paths.shard(3) });
    });
  });
});

describe('003: draft revisions in files of their own', () => {
  const revision = (n: number, text: string) => ({ draftId: 'd1', revision: n, savedAt: `2026-01-0${n}T00:00:00.000Z`, title: 'T', content: '{}', text });
  const v2Draft = {
    draft: { id: 'd1', storyId: null, title: 'T', content: '{}', text: 'two', revision: 2, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z' },
    revisions: [revision(1, 'one'), revision(2, 'two')],
  };

  it('moves the words of each revision out of the draft file, keeping every one, and re-running changes nothing', async () => {
    await withTempDir(async (dir) => {
      const paths = storePaths(dir);
      await mkdir(paths.draftsDir, { recursive: true });
      await writeFile(paths.meta, JSON.stringify({ schemaVersion: 2, settings: DEFAULT_SETTINGS, seededSample: true }));
      await writeFile(paths.draft('d1'), JSON.stringify(v2Draft));
      await writeFile(paths.draft('broken'), '{"draft": ');

      const store = await openStore(dir, { now: fixedNow });
      expect(store.drafts.list()).toEqual([expect.objectContaining({ id: 'd1', status: 'draft', revision: 2 })]);
      expect(store.drafts.kept('d1')).toEqual([
        { revision: 1, savedAt: '2026-01-01T00:00:00.000Z', reason: 'saved' },
        { revision: 2, savedAt: '2026-01-02T00:00:00.000Z', reason: 'saved' },
      ]);
      expect((await store.drafts.revisions('d1'))?.map((r) => r.text)).toEqual(['one', 'two']);
      expect(JSON.parse(await readFile(paths.draft('d1'), 'utf8'))).not.toHaveProperty('revisions');
      // The damaged file was left to the load, which set it aside as it does any damaged draft.
      expect(store.health.notices().map((n) => n.kind)).toEqual(['migrated', 'moved-aside']);

      const before = await readFile(paths.draft('d1'), 'utf8');
      await splitDraftRevisions.up({ dataDir: dir, paths, now: fixedNow, writeJson: (file, value) => writeFile(file, JSON.stringify(value)) });
      expect(await readFile(paths.draft('d1'), 'utf8')).toBe(before);
      expect((await readdir(paths.draftRevisionsDir('d1'))).sort()).toEqual(['1.json', '2.json']);
    });
  });
});
