import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../shared/domain/model';
import { openStore } from '../store/open-store';
import { cliCallValue as cliValue } from '../../cli/test-support';
import { withRealServices, wireStory } from './import-test-support';

// Each CLI call starts a Node process that loads the whole services layer: tens of seconds on a loaded machine.
const SLOW = 300_000;

describe('the app and the CLI on one data folder', () => {
  it(
    'rejects the stale save of a draft the CLI saved meanwhile, losing neither text, and follows drafts the CLI creates and deletes',
    async () => {
      await withRealServices(async (call, _services, dir) => {
        const dataDir = path.join(dir, 'data');
        const opened = await call('drafts.save', { storyId: null, title: 'Budget', content: '{}', text: 'app v1' });

        const fromCli = await cliValue<Draft>(dataDir, 'drafts.save', { id: opened.id, storyId: null, title: 'Budget', content: '{}', text: 'cli v2', baseRevision: opened.revision });
        expect(fromCli.revision).toBe(opened.revision + 1);

        // The app still started from revision 1: its save must not replace what the CLI stored.
        const stale = call('drafts.save', { id: opened.id, storyId: null, title: 'Budget', content: '{}', text: 'app v2', baseRevision: opened.revision });
        await expect(stale).rejects.toMatchObject({
          code: 'conflict',
          message: expect.stringMatching(/changed elsewhere \(revision 2, saved \d\d:\d\d UTC from the command line\)/),
          details: { currentRevision: 2, savedAt: fromCli.updatedAt, savedBy: 'from the command line' },
        });
        expect((await call('drafts.get', { id: opened.id })).text).toBe('cli v2');
        // "Keep mine as a copy": the app's text goes into a new draft; the CLI's stays where it was.
        const copy = await call('drafts.save', { storyId: null, title: 'Budget', content: '{}', text: 'app v2' });
        // Saving on top of what is stored now works, and reaches the disk (a fresh open reads it).
        await call('drafts.save', { id: opened.id, storyId: null, title: 'Budget', content: '{}', text: 'app v3', baseRevision: 2 });
        expect(await (await openStore(dataDir)).drafts.get(opened.id)).toMatchObject({ text: 'app v3', revision: 3 });

        const created = await cliValue<Draft>(dataDir, 'drafts.save', { storyId: null, title: 'From the CLI', content: '{}', text: 'scripted' });
        expect((await call('drafts.list')).map((d) => d.id).sort()).toEqual([opened.id, copy.id, created.id].sort());
        expect((await call('drafts.get', { id: created.id })).text).toBe('scripted');
        await cliValue(dataDir, 'drafts.delete', { id: copy.id });
        expect((await call('drafts.list')).map((d) => d.id).sort()).toEqual([opened.id, created.id].sort());
        await expect(call('drafts.save', { id: copy.id, storyId: null, title: 'Budget', content: '{}', text: 'late', baseRevision: 1 })).rejects.toMatchObject({ code: 'not-found' });
      });
    },
    SLOW,
  );

  it(
    'lists copies the CLI imported while the services were open, and a later import here keeps both sets',
    async () => {
      await withRealServices(async (call, _services, dir) => {
        const dataDir = path.join(dir, 'data');
        const first = await call('import.text', { text: wireStory('harbour'), source: 'app-1.txt' });
        expect(first.imported).toHaveLength(1);

        const fromCli = await cliValue<{ imported: { id: string; storyId: string }[] }>(dataDir, 'import.text', { text: wireStory('railway'), source: 'cli.txt' });
        expect(fromCli.imported).toHaveLength(1);
        const cliId = fromCli.imported[0]!.id;

        const listed = async () => (await call('library.list', {})).copies.map((c) => c.id);
        expect(await listed()).toContain(cliId);
        expect((await call('copies.get', { id: cliId })).headline).toMatch(/^Railway plan/);

        // Another outlet's version of the CLI's story: grouped with it, so this process knows the CLI's copies.
        const later = await call('import.text', { text: wireStory('railway').replace('six hours', 'nearly seven hours'), source: 'app-2.txt' });
        expect(later.imported).toHaveLength(1);
        expect(later.imported[0]!.storyId).toBe(fromCli.imported[0]!.storyId);
        const ids = [first.imported[0]!.id, cliId, later.imported[0]!.id];
        expect(await listed()).toEqual(expect.arrayContaining(ids));

        // On disk, not only in this process's memory: a fresh open lists all three.
        await _services.close();
        const reopened = await openStore(dataDir);
        expect(ids.every((id) => reopened.copies.has(id))).toBe(true);
        expect(reopened.health.notices()).toEqual([]);
      });
    },
    SLOW,
  );
});
