import { mkdir, rm, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Draft, DraftRevision } from '../../../shared/domain/model';
import { writeFileAtomic } from './atomic-write';
import { DraftRepository } from './draft-repository';
import { schemaFormat } from './file-format';
import { JsonDocument } from './json-document';
import { RevisionFiles } from './revision-files';
import { StoreHealth } from './store-health';
import { DraftFile, storePaths } from './store-files';
import { withTempDir } from './test-support';

const now = () => new Date('2026-03-01T12:00:00.000Z');
const draftOf = (id: string, text: string, revision = 1): Draft => ({
  id,
  storyId: null,
  title: `Title ${text}`,
  status: 'draft',
  content: `{"text":"${text}"}`,
  text,
  revision,
  createdAt: 'c',
  updatedAt: `2026-03-01T12:00:0${revision}.000Z`,
  exports: [],
});
const revisionOf = ({ id, revision, title, content, text }: Draft): DraftRevision => ({ draftId: id, revision, savedAt: 'u', reason: 'created', title, content, text });

/**
 * A repository over `dir` that opens at most `openLimit` drafts at once, and counts the draft files it reads;
 * `cached` gives it the store's summary cache.
 */
async function repositoryIn(dir: string, openLimit: number, cached = false) {
  const paths = storePaths(dir);
  await mkdir(paths.draftsDir, { recursive: true });
  const health = new StoreHealth(dir, now);
  const opened: string[] = [];
  const open = (id: string) => {
    opened.push(id);
    return new JsonDocument(paths.draft(id), schemaFormat(DraftFile), () => ({ draft: draftOf(id, ''), kept: [] }), health, writeFileAtomic, now);
  };
  const cache = cached ? { file: paths.draftSummaries, writer: writeFileAtomic } : undefined;
  const repository = new DraftRepository(paths, open, new RevisionFiles(paths, health, writeFileAtomic, now), () => 50, cache, openLimit);
  return { paths, repository, opened };
}

/** What another process's save looks like: the draft file replaced by a rename. */
const writeElsewhere = (file: string, draft: Draft) => writeFileAtomic(file, JSON.stringify({ draft, kept: [{ revision: draft.revision, savedAt: 'u', reason: 'saved' }] }));

describe('DraftRepository', () => {
  it('lists drafts from what it loaded and reads a draft file only when the draft is asked for', async () => {
    await withTempDir(async (dir) => {
      const { paths, repository } = await repositoryIn(dir, 2);
      for (const id of ['a', 'b']) await repository.create(draftOf(id, id), revisionOf(draftOf(id, id)));
      const { repository: loaded } = await repositoryIn(dir, 2);
      await loaded.load();
      expect(loaded.list().map((d) => d.title)).toEqual(['Title a', 'Title b']);
      expect(loaded.list()[0]).not.toHaveProperty('text');

      // Nothing of the draft's words was kept from the load: asking for it reads what the file holds now.
      await writeElsewhere(paths.draft('a'), draftOf('a', 'changed elsewhere', 2));
      expect((await loaded.get('a'))?.text).toBe('changed elsewhere');
      expect(loaded.list().find((d) => d.id === 'a')).toMatchObject({ title: 'Title changed elsewhere', revision: 2 });
      expect(loaded.kept('a')).toEqual([{ revision: 2, savedAt: 'u', reason: 'saved' }]);
    });
  });

  it('keeps only the most recently used drafts open, reading an idle one again when it is asked for', async () => {
    await withTempDir(async (dir) => {
      const { repository, opened } = await repositoryIn(dir, 1);
      for (const id of ['a', 'b']) await repository.create(draftOf(id, id), revisionOf(draftOf(id, id)));
      opened.length = 0;
      await repository.get('a');
      await repository.get('a');
      expect(opened).toEqual(['a']);
      await repository.get('b');
      await repository.get('a');
      expect(opened).toEqual(['a', 'b', 'a']);
    });
  });

  it('sees a draft another process saved or deleted while it was not open', async () => {
    await withTempDir(async (dir) => {
      const { paths, repository } = await repositoryIn(dir, 1);
      for (const id of ['a', 'b']) await repository.create(draftOf(id, id), revisionOf(draftOf(id, id)));
      expect(await repository.refresh('a')).toBe(false);

      await writeElsewhere(paths.draft('a'), draftOf('a', 'saved elsewhere', 2));
      expect(await repository.refreshAll()).toBe(true);
      expect(repository.list().find((d) => d.id === 'a')?.revision).toBe(2);
      expect(await repository.refreshAll()).toBe(false);

      await rm(paths.draft('b'));
      expect(await repository.refresh('b')).toBe(true);
      expect(repository.wasDeleted('b')).toBe(true);
      expect(repository.list().map((d) => d.id)).toEqual(['a']);
      expect(await repository.get('b')).toBeUndefined();
    });
  });

  it('finishes a save while other drafts are asked for, beyond the number it keeps open', async () => {
    await withTempDir(async (dir) => {
      const { repository } = await repositoryIn(dir, 1);
      for (const id of ['a', 'b', 'c']) await repository.create(draftOf(id, id), revisionOf(draftOf(id, id)));
      const [saved, b, c] = await Promise.all([
        repository.revise('a', ({ draft }) => ({ draft: { ...draft, text: 'a v2', revision: 2 }, keep: [] })),
        repository.get('b'),
        repository.get('c'),
      ]);
      expect([saved?.text, b?.text, c?.text]).toEqual(['a v2', 'b', 'c']);
      expect(repository.list().find((d) => d.id === 'a')?.revision).toBe(2);

      const { repository: reopened } = await repositoryIn(dir, 1);
      await reopened.load();
      expect((await reopened.get('a'))?.text).toBe('a v2');
    });
  });

  it('lists from its cache the drafts whose file did not change since, reading only the others', async () => {
    await withTempDir(async (dir) => {
      const { paths, repository } = await repositoryIn(dir, 2);
      for (const id of ['a', 'b', 'c']) await repository.create(draftOf(id, id), revisionOf(draftOf(id, id)));
      const first = await repositoryIn(dir, 2, true);
      await first.repository.load();
      expect(first.opened.sort()).toEqual(['a', 'b', 'c']);

      const second = await repositoryIn(dir, 2, true);
      await second.repository.load();
      expect(second.opened).toEqual([]);
      expect(second.repository.list()).toEqual(first.repository.list());
      expect(second.repository.kept('b')).toEqual(first.repository.kept('b'));

      await writeElsewhere(paths.draft('a'), draftOf('a', 'saved elsewhere', 2));
      await rm(paths.draft('c'));
      const third = await repositoryIn(dir, 2, true);
      await third.repository.load();
      expect(third.opened).toEqual(['a']);
      expect(third.repository.list().map((d) => [d.id, d.title])).toEqual([
        ['a', 'Title saved elsewhere'],
        ['b', 'Title b'],
      ]);
      expect((await third.repository.get('a'))?.text).toBe('saved elsewhere');

      // A damaged cache costs only the time to read every draft again.
      await writeFile(paths.draftSummaries, '{"version":1,"drafts":');
      const fourth = await repositoryIn(dir, 2, true);
      await fourth.repository.load();
      expect(fourth.opened.sort()).toEqual(['a', 'b']);
      expect(fourth.repository.list()).toEqual(third.repository.list());
    });
  });
});
