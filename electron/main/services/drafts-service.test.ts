import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_REVISIONS, SCHEMA_VERSION } from '../store/store-files';
import { withTempDir } from '../store/test-support';
import { createServices, type Services } from './create-services';
import { TIMED_REVISION_MS } from './draft-revisions';
import { callerOf, fakePage, fakePipeline } from './test-support';

const START = Date.parse('2026-11-27T09:00:00.000Z');

/** Services on a temp folder with a clock the test moves; no sample, so only what a test stores is there. */
async function withClockedServices(run: (ctx: { call: ReturnType<typeof callerOf>; services: Services; dir: string; advance: (ms: number) => void }) => Promise<void>) {
  await withTempDir(async (dir) => {
    let t = START;
    const open = () => createServices({ dataDir: dir, resourcesDir: path.join(dir, 'none'), shell: 'cli', pipeline: fakePipeline, now: () => new Date(t), log: () => {} });
    const services = await open();
    await run({ call: callerOf(services.handlers), services, dir, advance: (ms) => void (t += ms) });
    await services.close();
  });
}

const base = { storyId: null, title: 'Met policy', content: '{}' };

describe('draft revisions', () => {
  it('keeps one on creation and on each explicit save, none for autosaves within five minutes', async () => {
    await withClockedServices(async ({ call, advance }) => {
      const created = await call('drafts.save', { ...base, text: 'v1' });
      let draft = created;
      for (const text of ['v2', 'v3', 'v4']) {
        advance(30_000);
        draft = await call('drafts.save', { ...base, id: draft.id, text, baseRevision: draft.revision });
      }
      // Each autosave still counts a revision, so the conflict check sees it.
      expect(draft.revision).toBe(4);
      expect((await call('drafts.revisions', { id: draft.id })).map((r) => [r.revision, r.reason, r.text])).toEqual([[1, 'created', 'v1']]);
      advance(1000);
      draft = await call('drafts.save', { ...base, id: draft.id, text: 'v5', baseRevision: 4, checkpoint: true });
      const revisions = await call('drafts.revisions', { id: draft.id });
      expect(revisions.map((r) => [r.revision, r.reason, r.text])).toEqual([
        [5, 'saved', 'v5'],
        [1, 'created', 'v1'],
      ]);
      expect(revisions[0]!.savedAt).toBe(new Date(START + 3 * 30_000 + 1000).toISOString());
      await expect(call('drafts.save', { ...base, id: draft.id, text: 'stale', baseRevision: 4 })).rejects.toMatchObject({ code: 'conflict', details: { currentRevision: 5 } });
    });
  });

  it('keeps a timed revision once the newest kept one is five minutes old', async () => {
    await withClockedServices(async ({ call, advance }) => {
      let draft = await call('drafts.save', { ...base, text: 'start' });
      advance(TIMED_REVISION_MS - 1);
      draft = await call('drafts.save', { ...base, id: draft.id, text: 'almost', baseRevision: draft.revision });
      expect(await call('drafts.revisions', { id: draft.id })).toHaveLength(1);
      advance(1);
      draft = await call('drafts.save', { ...base, id: draft.id, text: 'five minutes in', baseRevision: draft.revision });
      advance(1000);
      draft = await call('drafts.save', { ...base, id: draft.id, text: 'a second later', baseRevision: draft.revision });
      expect((await call('drafts.revisions', { id: draft.id })).map((r) => [r.reason, r.text])).toEqual([
        ['timed', 'five minutes in'],
        ['created', 'start'],
      ]);
      expect((await call('drafts.get', { id: draft.id })).text).toBe('a second later');
    });
  });
});

describe('drafts.restore', () => {
  it('keeps the replaced text, makes the chosen revision current, and names an unknown revision', async () => {
    await withClockedServices(async ({ call, advance }) => {
      const created = await call('drafts.save', { ...base, text: 'A' });
      advance(1000);
      await call('drafts.save', { ...base, id: created.id, title: 'Met policy (B)', text: 'B', checkpoint: true });
      advance(1000);
      const typed = await call('drafts.save', { ...base, id: created.id, text: 'C' });
      advance(1000);
      const restored = await call('drafts.restore', { id: created.id, revision: 1 });
      expect(restored).toMatchObject({ text: 'A', title: 'Met policy', revision: typed.revision + 1 });
      expect((await call('drafts.revisions', { id: created.id })).map((r) => [r.revision, r.reason, r.text])).toEqual([
        [4, 'restored', 'A'],
        [3, 'before-restore', 'C'],
        [2, 'saved', 'B'],
        [1, 'created', 'A'],
      ]);
      // Nothing changed since that restore: the current text is already kept, so it is not kept twice.
      const again = await call('drafts.restore', { id: created.id, revision: 2 });
      expect(again).toMatchObject({ text: 'B', title: 'Met policy (B)', revision: 5 });
      expect((await call('drafts.revisions', { id: created.id })).map((r) => r.reason)).toEqual(['restored', 'restored', 'before-restore', 'saved', 'created']);
      // Saved again unchanged: the text is still the kept one, so restoring does not keep it twice.
      const unchanged = await call('drafts.save', { ...base, id: created.id, title: 'Met policy (B)', text: 'B', baseRevision: 5 });
      await call('drafts.restore', { id: created.id, revision: 1 });
      expect((await call('drafts.revisions', { id: created.id })).map((r) => [r.revision, r.reason])).toEqual([
        [unchanged.revision + 1, 'restored'],
        [5, 'restored'],
        [4, 'restored'],
        [3, 'before-restore'],
        [2, 'saved'],
        [1, 'created'],
      ]);
      // An editor still on the text before the restore must reload rather than overwrite it.
      await expect(call('drafts.save', { ...base, id: created.id, text: 'late autosave', baseRevision: typed.revision })).rejects.toMatchObject({ code: 'conflict' });
      await expect(call('drafts.restore', { id: created.id, revision: 99 })).rejects.toMatchObject({ code: 'not-found', message: expect.stringContaining('no kept revision 99') });
      await expect(call('drafts.restore', { id: 'nope', revision: 1 })).rejects.toMatchObject({ code: 'not-found' });
    });
  });
});

describe('draft status and the library', () => {
  it('round-trips a status through a restart without counting a revision, and lists drafts by title, newest edit first', async () => {
    await withClockedServices(async ({ call, dir, advance }) => {
      const older = await call('drafts.save', { ...base, title: 'Café owners protest', text: 'x' });
      advance(1000);
      const newer = await call('drafts.save', { ...base, title: 'Met facial recognition', text: 'y' });
      const ready = await call('drafts.setStatus', { id: older.id, status: 'ready' });
      expect(ready).toMatchObject({ status: 'ready', revision: 1 });
      // An autosave keeps the status: the editor does not send it.
      advance(1000);
      await call('drafts.save', { ...base, id: older.id, title: 'Café owners protest', text: 'x2', baseRevision: 1 });

      const reopened = await createServices({ dataDir: dir, resourcesDir: path.join(dir, 'none'), shell: 'cli', pipeline: fakePipeline, log: () => {} });
      const library = await callerOf(reopened.handlers)('library.list');
      expect(library.drafts.map((d) => [d.title, d.status])).toEqual([
        ['Café owners protest', 'ready'],
        ['Met facial recognition', 'draft'],
      ]);
      expect(library.drafts[0]).not.toHaveProperty('content');
      expect((await callerOf(reopened.handlers)('library.list', { query: 'CAFE' })).drafts.map((d) => d.id)).toEqual([older.id]);
      expect((await callerOf(reopened.handlers)('library.list', { query: 'met zzz' })).drafts).toEqual([]);
      await reopened.close();
      expect((await call('drafts.setStatus', { id: newer.id, status: 'exported' })).status).toBe('exported');
      await expect(call('drafts.setStatus', { id: 'nope', status: 'ready' })).rejects.toMatchObject({ code: 'not-found' });
    });
  });

  it('announces library changes for new drafts, statuses, restores and deletions, not for autosaves', async () => {
    await withClockedServices(async ({ call, services }) => {
      const reasons: string[] = [];
      services.events.on('library.changed', ({ reason }) => reasons.push(reason));
      const draft = await call('drafts.save', { ...base, text: 'one' });
      await call('drafts.save', { ...base, id: draft.id, text: 'two' });
      await call('drafts.save', { ...base, id: draft.id, text: 'three', checkpoint: true });
      await call('drafts.setStatus', { id: draft.id, status: 'ready' });
      await call('drafts.restore', { id: draft.id, revision: 1 });
      await call('drafts.delete', { id: draft.id });
      expect(reasons).toEqual(['draft-created', 'draft-status', 'draft-restored', 'draft-deleted']);
    });
  });
});

describe('draft files on disk', () => {
  it('reads drafts and settings saved before statuses, revision reasons and quote style existed, and sets a corrupt draft aside', async () => {
    await withTempDir(async (dir) => {
      await mkdir(path.join(dir, 'drafts'), { recursive: true });
      // A store as the previous release left it (version 2: revisions inline in the draft file).
      await writeFile(path.join(dir, 'meta.json'), JSON.stringify({ schemaVersion: 2, settings: { theme: 'dark', maxImportBytes: 4096 }, seededSample: true }));
      const old = { id: 'old-draft', storyId: null, title: 'Old', content: '{}', text: 'old text', revision: 2, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z' };
      const revision = { draftId: 'old-draft', revision: 2, savedAt: old.updatedAt, title: 'Old', content: '{}', text: 'old text' };
      await writeFile(path.join(dir, 'drafts', 'old-draft.json'), JSON.stringify({ draft: old, revisions: [revision] }));
      await writeFile(path.join(dir, 'drafts', 'broken.json'), '{"draft": {"id": "broken", ');

      const services = await createServices({ dataDir: dir, resourcesDir: path.join(dir, 'none'), shell: 'cli', pipeline: fakePipeline, log: () => {} });
      const call = callerOf(services.handlers);
      expect(await call('drafts.list')).toEqual([expect.objectContaining({ id: 'old-draft', status: 'draft', revision: 2 })]);
      expect(await call('drafts.revisions', { id: 'old-draft' })).toEqual([expect.objectContaining({ reason: 'saved', text: 'old text' })]);
      expect(await call('settings.get')).toEqual({ theme: 'dark', maxImportBytes: 4096, quoteStyle: 'uk', diffBudgetMs: 250, revisionsKept: 50 });
      const status = await call('store.status');
      expect(status).toMatchObject({ schemaVersion: SCHEMA_VERSION, counts: { drafts: 1 } });
      expect(status.notices).toEqual([
        expect.objectContaining({ kind: 'migrated' }),
        expect.objectContaining({ kind: 'moved-aside', file: path.join(dir, 'drafts', 'broken.json') }),
      ]);
      const files = await readdir(path.join(dir, 'drafts'));
      expect(files.filter((f) => f.startsWith('broken.json.corrupt-'))).toHaveLength(1);
      expect(files).not.toContain('broken.json');

      // The old draft is saved in the new shape on its next change.
      await call('drafts.setStatus', { id: 'old-draft', status: 'ready' });
      await services.close();
      const stored = JSON.parse(await readFile(path.join(dir, 'drafts', 'old-draft.json'), 'utf8')) as { draft: { status: string }; kept: { reason: string }[] };
      expect([stored.draft.status, stored.kept[0]!.reason]).toEqual(['ready', 'saved']);
    });
  });
});

describe('revision files', () => {
  it('keeps the newest revisions only, sets a damaged one aside, and goes with its draft', async () => {
    await withClockedServices(async ({ call, dir }) => {
      let draft = await call('drafts.save', { ...base, text: 'r1' });
      for (let i = 2; i <= 53; i += 1) draft = await call('drafts.save', { ...base, id: draft.id, text: `r${i}`, checkpoint: true });
      const folder = path.join(dir, 'drafts', draft.id);
      const files = await readdir(folder);
      expect(files).toHaveLength(MAX_REVISIONS);
      expect(files).not.toContain('3.json');
      expect(files).toContain('4.json');

      await writeFile(path.join(folder, '10.json'), '{"draftId": ');
      const listed = await call('drafts.revisions', { id: draft.id });
      expect(listed).toHaveLength(MAX_REVISIONS - 1);
      expect(listed.map((r) => r.text)).not.toContain('r10');
      expect((await call('store.status')).notices).toEqual([expect.objectContaining({ kind: 'moved-aside', file: path.join(folder, '10.json') })]);
      await expect(call('drafts.restore', { id: draft.id, revision: 10 })).rejects.toMatchObject({ code: 'not-found', message: expect.stringContaining('could not be read') });

      await call('drafts.delete', { id: draft.id });
      expect(await readdir(path.join(dir, 'drafts'))).toEqual([]);
    });
  });
});

describe('settings.update', () => {
  it('persists the quote style', async () => {
    await withClockedServices(async ({ call, dir }) => {
      expect((await call('settings.get')).quoteStyle).toBe('uk');
      expect(await call('settings.update', { quoteStyle: 'us' })).toMatchObject({ quoteStyle: 'us', theme: 'system' });
      const reopened = await createServices({ dataDir: dir, resourcesDir: path.join(dir, 'none'), shell: 'cli', pipeline: fakePipeline, log: () => {} });
      expect(await callerOf(reopened.handlers)('settings.get')).toMatchObject({ quoteStyle: 'us' });
      await reopened.close();
      await expect(call('settings.update', { quoteStyle: 'fr' as never })).rejects.toMatchObject({ code: 'invalid-input' });
    });
  });
});

describe('drafts.fromStory with the fake analyser', () => {
  it('refuses a bad policy or an unknown story, and merges a one-copy story into that copy', async () => {
    await withClockedServices(async ({ call }) => {
      const report = await call('import.text', { text: fakePage({ headline: 'Lone story', outlet: 'Leader Live', paragraphs: ['Only one outlet ran this.', 'It has two paragraphs.'] }) });
      const storyId = report.imported[0]!.storyId!;
      await expect(call('drafts.fromStory', { storyId, policy: 'oldest' })).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringContaining('unknown merge policy "oldest"') });
      await expect(call('drafts.fromStory', { storyId, policy: 'base:nope' })).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringContaining('not a version of this story') });
      await expect(call('drafts.fromStory', { storyId: 'nope' })).rejects.toMatchObject({ code: 'not-found' });
      const draft = await call('drafts.fromStory', { storyId });
      expect(draft).toMatchObject({ storyId, title: 'Lone story', status: 'draft', revision: 1 });
      expect(draft.text).toContain('Only one outlet ran this.');
      expect(draft.text).toContain('It has two paragraphs.');
      expect((await call('drafts.revisions', { id: draft.id })).map((r) => r.reason)).toEqual(['created']);
      expect((await call('library.list')).drafts.map((d) => d.id)).toEqual([draft.id]);
    });
  });
});

describe('two programs on one data folder', () => {
  it('refuses the save made from an older revision, naming the revision, its time and the program that saved it', async () => {
    await withTempDir(async (dir) => {
      const open = (shell: 'web' | 'electron') =>
        createServices({ dataDir: dir, resourcesDir: path.join(dir, 'none'), shell, pipeline: fakePipeline, now: () => new Date(START), log: () => {} });
      // Two services, each with its own memory of the store: what two processes on one folder are.
      const [browser, app] = [await open('web'), await open('electron')];
      const [inBrowser, inApp] = [callerOf(browser.handlers), callerOf(app.handlers)];
      const draft = await inBrowser('drafts.save', { ...base, text: 'first' });
      expect((await inApp('drafts.list')).map((d) => d.id)).toEqual([draft.id]);
      const theirs = await inBrowser('drafts.save', { ...base, id: draft.id, text: 'theirs', baseRevision: 1 });
      await expect(inApp('drafts.save', { ...base, id: draft.id, text: 'mine', baseRevision: 1 })).rejects.toMatchObject({
        code: 'conflict',
        message: 'This draft was changed elsewhere (revision 2, saved 09:00 UTC in Copydesk in a browser) after you opened it.',
        details: { currentRevision: 2, savedAt: theirs.updatedAt, savedBy: 'in Copydesk in a browser' },
      });
      // A status change is not a new text: the conflict still names who wrote the words.
      await inApp('drafts.setStatus', { id: draft.id, status: 'ready' });
      await expect(inApp('drafts.save', { ...base, id: draft.id, text: 'mine', baseRevision: 1 })).rejects.toMatchObject({ details: { savedBy: 'in Copydesk in a browser' } });
      expect((await inApp('drafts.get', { id: draft.id })).text).toBe('theirs');

      // Deleted in the browser while the app still shows it: the app's save says so, and names no other draft.
      await inBrowser('drafts.delete', { id: draft.id });
      await expect(inApp('drafts.save', { ...base, id: draft.id, text: 'mine', baseRevision: 2 })).rejects.toMatchObject({
        code: 'not-found',
        message: 'This draft was deleted elsewhere (in another window or program) after you opened it.',
        details: { deletedElsewhere: true },
      });
      await expect(inApp('drafts.save', { ...base, id: 'never-there', text: 'x' })).rejects.toMatchObject({ code: 'not-found', message: 'There is no draft with id never-there.' });
      await Promise.all([browser.close(), app.close()]);
    });
  });
});
