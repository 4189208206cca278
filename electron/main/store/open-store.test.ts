import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../shared/api/errors';
import type { Draft, DraftRevision } from '../../../shared/domain/model';
import { openStore } from './open-store';
import { SCHEMA_VERSION, shardOf, storePaths, type DraftFile } from './store-files';
import { makeCopy, withTempDir } from './test-support';

const fixedNow = () => new Date('2026-03-01T12:00:00.000Z');
const draft = (id: string): Draft => ({ id, storyId: null, title: 'T', status: 'draft', content: '{}', text: 'T', revision: 1, createdAt: 'c', updatedAt: 'u', exports: [] });
const firstRevision = (id: string): DraftRevision => ({ draftId: id, revision: 1, savedAt: 'u', reason: 'created', title: 'T', content: '{}', text: 'T' });
const draftFile = (id: string): DraftFile => ({ draft: draft(id), kept: [{ revision: 1, savedAt: 'u', reason: 'created' }] });

describe('openStore', () => {
  it('creates a new store that records its schema version', async () => {
    await withTempDir(async (dir) => {
      const store = await openStore(dir);
      expect(store.meta.schemaVersion).toBe(SCHEMA_VERSION);
      expect(store.meta.seededSample).toBe(false);
      const meta = JSON.parse(await readFile(path.join(dir, 'meta.json'), 'utf8'));
      expect(meta.schemaVersion).toBe(SCHEMA_VERSION);
      expect(store.health.notices()).toEqual([]);
      expect(store.health.writable).toBe(true);
    });
  });

  it('keeps copies, stories and drafts across a reopen, reading bodies from their shard only when asked', async () => {
    await withTempDir(async (dir) => {
      const store = await openStore(dir);
      await store.copies.addMany([makeCopy('a', { storyId: 's1' }), makeCopy('b', { storyId: 's1' })]);
      await store.stories.upsertMany([{ id: 's1', headline: 'H', copyIds: ['a', 'b'], createdAt: 'c', updatedAt: 'u' }]);
      await store.drafts.create(draft('d1'), firstRevision('d1'));
      await store.flush();

      const again = await openStore(dir);
      expect(again.copies.count).toBe(2);
      expect(again.copies.peekSummaries().map((c) => c.id)).toEqual(['a', 'b']);
      expect(again.copies.summary('a')?.snippet).toBe('First paragraph of a. Second paragraph.');
      expect((await again.copies.get('b'))?.paragraphs).toEqual(['First paragraph of b.', 'Second paragraph.']);
      expect(again.stories.get('s1')?.copyIds).toEqual(['a', 'b']);
      expect(again.drafts.list().map((d) => d.id)).toEqual(['d1']);
      const shard = JSON.parse(await readFile(storePaths(dir).shard(shardOf('a')), 'utf8'));
      expect(Object.keys(shard.copies)).toContain('a');
    });
  });

  it('hands out copies, never its live objects', async () => {
    await withTempDir(async (dir) => {
      const store = await openStore(dir);
      await store.copies.addMany([makeCopy('a')]);
      const copy = await store.copies.get('a');
      copy!.paragraphs.push('tampered');
      store.copies.summary('a')!.headline = 'tampered';
      expect((await store.copies.get('a'))?.paragraphs).toHaveLength(2);
      expect(store.copies.summary('a')?.headline).toBe('Headline a');
    });
  });

  it.each([
    ['meta.json', 'not json at all'],
    ['stories.json', '{"stories": [{"id": 3}]}'],
    [path.join('copies', 'index.json'), '{"copies": [{"id": "a", "finger'],
  ])('moves a damaged %s aside and starts that part afresh', async (name, content) => {
    await withTempDir(async (dir) => {
      await mkdir(path.join(dir, 'copies'), { recursive: true });
      await writeFile(path.join(dir, name), content);
      const store = await openStore(dir, { now: fixedNow });
      const notices = store.health.notices();
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatchObject({ kind: 'moved-aside', file: path.join(dir, name) });
      expect(notices[0]!.movedTo).toBe(path.join(dir, `${name}.corrupt-2026-03-01T12-00-00-000Z`));
      expect(await readFile(notices[0]!.movedTo!, 'utf8')).toBe(content);
      expect(store.copies.count).toBe(0);
    });
  });

  it('moves a damaged draft aside and lists the others', async () => {
    await withTempDir(async (dir) => {
      await mkdir(path.join(dir, 'drafts'));
      await writeFile(path.join(dir, 'drafts', 'good.json'), JSON.stringify(draftFile('good')));
      await writeFile(path.join(dir, 'drafts', 'bad.json'), JSON.stringify(draftFile('bad')).slice(0, 40));
      const store = await openStore(dir, { now: fixedNow });
      expect(store.drafts.list().map((d) => d.id)).toEqual(['good']);
      expect(store.health.notices()[0]?.file).toBe(path.join(dir, 'drafts', 'bad.json'));
      expect(await readdir(path.join(dir, 'drafts'))).toContain('bad.json.corrupt-2026-03-01T12-00-00-000Z');
    });
  });

  it('reads a draft saved before export history with no exports, and keeps it on the next change', async () => {
    await withTempDir(async (dir) => {
      await mkdir(path.join(dir, 'drafts'));
      const { exports: _none, ...older } = draft('old');
      await writeFile(path.join(dir, 'drafts', 'old.json'), JSON.stringify({ ...draftFile('old'), draft: older }));
      const store = await openStore(dir, { now: fixedNow });
      expect(await store.drafts.get('old')).toEqual(draft('old'));
      await store.drafts.revise('old', ({ draft: current }) => ({ draft: { ...current, status: 'exported' }, keep: [] }));
      const stored = JSON.parse(await readFile(path.join(dir, 'drafts', 'old.json'), 'utf8')) as DraftFile;
      expect(stored.draft).toEqual({ ...draft('old'), status: 'exported' });
    });
  });

  it('moves a damaged shard aside when a copy in it is opened', async () => {
    await withTempDir(async (dir) => {
      const store = await openStore(dir, { now: fixedNow });
      await store.copies.addMany([makeCopy('a')]);
      await writeFile(storePaths(dir).shard(shardOf('a')), '{"copies": {"a": {"id": "a"}}}');
      const again = await openStore(dir, { now: fixedNow });
      expect(await again.copies.get('a')).toBeUndefined();
      expect(again.health.notices()[0]).toMatchObject({ kind: 'moved-aside', file: storePaths(dir).shard(shardOf('a')) });
    });
  });

  it('sets every file of a newer version aside together and starts fresh', async () => {
    await withTempDir(async (dir) => {
      const store = await openStore(dir);
      await store.copies.addMany([makeCopy('a')]);
      await store.drafts.create(draft('d1'), firstRevision('d1'));
      await writeFile(path.join(dir, 'meta.json'), JSON.stringify({ schemaVersion: SCHEMA_VERSION + 1, future: true }));

      const again = await openStore(dir, { now: fixedNow });
      expect(again.copies.count).toBe(0);
      expect(again.drafts.count).toBe(0);
      const stamp = 'newer-2026-03-01T12-00-00-000Z';
      expect((await readdir(dir)).sort()).toEqual(['copies', 'drafts', `copies.${stamp}`, `drafts.${stamp}`, 'meta.json', `meta.json.${stamp}`].sort());
      expect(JSON.parse(await readFile(path.join(dir, `meta.json.${stamp}`), 'utf8')).future).toBe(true);
      expect(again.health.notices().map((n) => n.kind)).toEqual(['moved-aside']);
    });
  });
});

describe('a data folder that refuses writes', () => {
  it('fails with store-unwritable naming the folder and keeps memory as it was on disk', async () => {
    await withTempDir(async (dir) => {
      let refuse = false;
      const store = await openStore(dir, {
        writer: async (file, text) => {
          if (refuse) throw Object.assign(new Error(`EROFS: read-only file system, open '${file}'`), { code: 'EROFS' });
          await writeFile(file, text);
        },
      });
      await store.meta.updateSettings({ theme: 'dark' });
      refuse = true;
      const failure = await store.meta.updateSettings({ theme: 'light' }).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(ApiFailure);
      expect((failure as ApiFailure).code).toBe('store-unwritable');
      expect((failure as ApiFailure).message).toContain(dir);
      expect(store.meta.settings().theme).toBe('dark');
      await expect(store.copies.addMany([makeCopy('a')])).rejects.toThrow(ApiFailure);
      expect(store.copies.count).toBe(0);
      expect(store.health.writable).toBe(false);
      expect(store.health.notices().map((n) => n.kind)).toEqual(['read-only']);

      refuse = false;
      await store.meta.updateSettings({ theme: 'light' });
      expect(store.health.writable).toBe(true);
    });
  });

  it('reports a folder replaced by a file (ENOTDIR) as unwritable', async () => {
    await withTempDir(async (root) => {
      const dir = path.join(root, 'data');
      const store = await openStore(dir);
      await rm(dir, { recursive: true });
      await writeFile(dir, 'not a folder');
      await expect(store.drafts.create(draft('d1'), firstRevision('d1'))).rejects.toMatchObject({ code: 'store-unwritable' });
      expect(store.drafts.count).toBe(0);
      expect(store.health.writable).toBe(false);
    });
  });

  it('starts (read-only) when the data folder cannot be created', async () => {
    await withTempDir(async (root) => {
      await writeFile(path.join(root, 'file'), 'x');
      const store = await openStore(path.join(root, 'file', 'data'));
      expect(store.health.writable).toBe(false);
      expect(store.health.notices()[0]?.kind).toBe('read-only');
    });
  });

  it('recreates a folder that vanished while running', async () => {
    await withTempDir(async (root) => {
      const dir = path.join(root, 'data');
      const store = await openStore(dir);
      await rm(dir, { recursive: true });
      await store.meta.updateSettings({ theme: 'dark' });
      expect(JSON.parse(await readFile(path.join(dir, 'meta.json'), 'utf8')).settings.theme).toBe('dark');
      expect(store.health.notices()[0]?.kind).toBe('vanished');
      expect(store.health.writable).toBe(true);
    });
  });
});
