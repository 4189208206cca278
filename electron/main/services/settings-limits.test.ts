import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { limitProblem } from '../../../shared/domain/model';
import { withTempDir } from '../store/test-support';
import { createServices } from './create-services';
import { callerOf, fakePipeline } from './test-support';

const base = { storyId: null, title: 'Met policy', content: '{}' };

async function withServices(run: (ctx: { call: ReturnType<typeof callerOf>; dir: string; reopen: () => Promise<ReturnType<typeof callerOf>> }) => Promise<void>) {
  await withTempDir(async (dir) => {
    const open = () => createServices({ dataDir: dir, resourcesDir: path.join(dir, 'none'), shell: 'cli', pipeline: fakePipeline, log: () => {} });
    const services = await open();
    const opened = [services];
    const reopen = async () => {
      await services.close();
      const again = await open();
      opened.push(again);
      return callerOf(again.handlers);
    };
    try {
      await run({ call: callerOf(services.handlers), dir, reopen });
    } finally {
      for (const s of opened) await s.close();
    }
  });
}

describe('revisions kept (Settings.revisionsKept)', () => {
  it('never keeps more than the setting, dropping the oldest revisions and their files', async () => {
    await withServices(async ({ call, dir }) => {
      await call('settings.update', { revisionsKept: 5 });
      let draft = await call('drafts.save', { ...base, text: 'r1' });
      for (let i = 2; i <= 12; i += 1) {
        draft = await call('drafts.save', { ...base, id: draft.id, text: `r${i}`, checkpoint: true });
        expect((await call('drafts.revisions', { id: draft.id })).length).toBeLessThanOrEqual(5);
      }
      // Newest first, as the revisions list shows them.
      const kept = await call('drafts.revisions', { id: draft.id });
      expect(kept.map((r) => r.text)).toEqual(['r12', 'r11', 'r10', 'r9', 'r8']);
      expect((await readdir(path.join(dir, 'drafts', draft.id))).sort()).toEqual(['10.json', '11.json', '12.json', '8.json', '9.json']);
    });
  });

  it('prunes to a lowered setting on the next save of the draft, keeping the newest, and keeps more once raised', async () => {
    await withServices(async ({ call }) => {
      let draft = await call('drafts.save', { ...base, text: 'r1' });
      for (let i = 2; i <= 9; i += 1) draft = await call('drafts.save', { ...base, id: draft.id, text: `r${i}`, checkpoint: true });
      expect(await call('drafts.revisions', { id: draft.id })).toHaveLength(9);

      await call('settings.update', { revisionsKept: 5 });
      // Lowering the setting rewrites nothing by itself: a draft's history shrinks when that draft is saved.
      expect(await call('drafts.revisions', { id: draft.id })).toHaveLength(9);
      draft = await call('drafts.save', { ...base, id: draft.id, text: 'autosaved, not kept' });
      expect((await call('drafts.revisions', { id: draft.id })).map((r) => r.text)).toEqual(['r9', 'r8', 'r7', 'r6', 'r5']);

      await call('settings.update', { revisionsKept: 7 });
      for (let i = 10; i <= 13; i += 1) draft = await call('drafts.save', { ...base, id: draft.id, text: `r${i}`, checkpoint: true });
      expect((await call('drafts.revisions', { id: draft.id })).map((r) => r.text)).toEqual(['r13', 'r12', 'r11', 'r10', 'r9', 'r8', 'r7']);
    });
  });
});

describe('settings.update', () => {
  it('refuses a limit out of its range with the setting and the range named, changing nothing', async () => {
    await withServices(async ({ call }) => {
      const before = await call('settings.get');
      await expect(call('settings.update', { revisionsKept: 1 })).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringContaining(limitProblem('revisionsKept')) });
      await expect(call('settings.update', { diffBudgetMs: 60_000 })).rejects.toMatchObject({ message: expect.stringContaining('from 50 ms to 10000 ms') });
      expect(await call('settings.get')).toEqual(before);
    });
  });

  it('changes only what it is given, and the store remembers it', async () => {
    await withServices(async ({ call, reopen }) => {
      const before = await call('settings.get');
      await call('settings.update', { diffBudgetMs: 1200 });
      await call('settings.update', { revisionsKept: 20 });
      const reopened = await reopen();
      expect(await reopened('settings.get')).toEqual({ ...before, diffBudgetMs: 1200, revisionsKept: 20 });
    });
  });
});
