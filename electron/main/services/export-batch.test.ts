import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeWriteOps, type WriteOps } from '../store/atomic-write';
import { fakePage } from './test-support';
import { cleanDraft, errno, flawedDraft, withExportServices } from './export-test-support';

const bridge = { headline: 'Bridge plan approved', outlet: 'Leader Live', paragraphs: ['Councillors approved the bridge plan on Tuesday.', 'Work starts next spring.'] };

describe('export.batch', () => {
  it('writes every draft in every format, skips drafts with unreviewed problems, reports progress and records history', async () => {
    await withExportServices(async ({ call, services, out, progress }) => {
      const one = await cleanDraft(call, 'Bridge plan approved');
      const two = await cleanDraft(call, 'Café owners protest');
      const flawed = await flawedDraft(call, 'Flawed draft');
      const changes: string[] = [];
      services.events.on('library.changed', ({ reason }) => changes.push(reason));

      const report = await call('export.batch', { drafts: [one.id, flawed.id, two.id], formats: ['txt', 'ninjs'], folder: out });
      expect((await readdir(out)).sort()).toEqual(['bridge-plan-approved.ninjs.json', 'bridge-plan-approved.txt', 'cafe-owners-protest.ninjs.json', 'cafe-owners-protest.txt']);
      expect(report.written.map((r) => [r.draftId, r.format, path.basename(r.path)])).toEqual([
        [one.id, 'txt', 'bridge-plan-approved.txt'],
        [one.id, 'ninjs', 'bridge-plan-approved.ninjs.json'],
        [two.id, 'txt', 'cafe-owners-protest.txt'],
        [two.id, 'ninjs', 'cafe-owners-protest.ninjs.json'],
      ]);
      expect(report.skipped).toEqual([{ id: flawed.id, title: 'Flawed draft', format: null, reason: expect.stringMatching(/^1 problem not reviewed \(Paragraph 1: Double space/) }]);
      expect(report).toMatchObject({ failed: [], created: [], cancelled: false });
      // One event as each file starts (done counts the files finished), then done === total to end.
      expect(progress.map((p) => p.current)).toEqual([...report.written.map((r) => path.basename(r.path)), '']);
      expect(progress.every((p) => p.total === 4)).toBe(true);
      expect(progress.map((p) => p.done)).toEqual(progress.map((p) => p.done).sort((a, b) => a - b));
      expect(progress.at(-1)!.done).toBe(4);
      expect(progress[2]!.done).toBeGreaterThanOrEqual(2);
      expect(changes).toEqual(['export']);

      const stored = await call('drafts.get', { id: one.id });
      expect(stored).toMatchObject({ status: 'exported', revision: one.revision });
      expect(stored.exports.map((r) => r.format)).toEqual(['txt', 'ninjs']);
      expect(stored.exports[0]!.bytes).toBe((await readFile(path.join(out, 'bridge-plan-approved.txt'))).byteLength);
      expect((await call('drafts.get', { id: flawed.id })).status).toBe('draft');
    });
  });

  it('with force, exports drafts whose problems were not reviewed', async () => {
    await withExportServices(async ({ call, out }) => {
      const flawed = await flawedDraft(call, 'Flawed draft');
      const report = await call('export.batch', { drafts: [flawed.id], formats: ['md'], folder: out, force: true });
      expect(report.written.map((r) => path.basename(r.path))).toEqual(['flawed-draft.md']);
      expect(report.skipped).toEqual([]);
    });
  });

  it('never lets two drafts of one headline replace each other, and honours skip and number for files already there', async () => {
    await withExportServices(async ({ call, out }) => {
      const a = await cleanDraft(call, 'Bridge plan approved');
      const b = await cleanDraft(call, 'Bridge plan approved');
      const replaced = await call('export.batch', { drafts: [a.id, b.id], formats: ['txt'], folder: out, ifExists: 'replace' });
      expect(replaced.written.map((r) => path.basename(r.path))).toEqual(['bridge-plan-approved.txt', 'bridge-plan-approved-2.txt']);

      await writeFile(path.join(out, 'bridge-plan-approved.html'), 'theirs');
      const skipped = await call('export.batch', { drafts: [a.id], formats: ['html', 'md'], folder: out, ifExists: 'skip' });
      expect(skipped.written.map((r) => path.basename(r.path))).toEqual(['bridge-plan-approved.md']);
      expect(skipped.skipped).toEqual([{ id: a.id, title: a.title, format: 'html', reason: `${path.join(out, 'bridge-plan-approved.html')} already exists.` }]);
      const numbered = await call('export.batch', { drafts: [a.id], formats: ['html'], folder: out });
      expect(numbered.written.map((r) => path.basename(r.path))).toEqual(['bridge-plan-approved-2.html']);
      expect(await readFile(path.join(out, 'bridge-plan-approved.html'), 'utf8')).toBe('theirs');
    });
  });

  it('exports a story through its most recently updated draft, merges one for a story without, and skips unknown ids', async () => {
    await withExportServices(async ({ call, out }) => {
      await call('import.text', { text: fakePage(bridge) });
      await call('import.text', { text: fakePage({ ...bridge, headline: 'Café owners protest', paragraphs: ['Owners of cafés marched on Monday.'] }) });
      const [withDrafts, without] = (await call('library.list', {})).stories.sort((x, y) => ((x.headline ?? '') < (y.headline ?? '') ? 1 : -1));
      const older = await cleanDraft(call, 'Older draft', withDrafts!.id);
      const newer = await cleanDraft(call, 'Newer draft', withDrafts!.id);
      await call('drafts.save', { id: older.id, storyId: withDrafts!.id, title: 'Older draft, edited last', content: '{}', text: `Older draft, edited last\n${older.text.split('\n').slice(1).join('\n')}` });

      const report = await call('export.batch', { drafts: ['no-such-draft', newer.id], stories: [withDrafts!.id, without!.id, 'no-such-story'], formats: ['txt'], folder: out, force: true });
      expect(report.created).toHaveLength(1);
      expect(report.created[0]).toMatchObject({ storyId: without!.id });
      expect(report.written.map((r) => r.draftId)).toEqual([newer.id, older.id, report.created[0]!.id]);
      expect(report.skipped.map((s) => [s.id, s.reason])).toEqual([
        ['no-such-draft', 'There is no draft with id no-such-draft.'],
        ['no-such-story', 'There is no story with id no-such-story.'],
      ]);
      expect(await readdir(out)).toHaveLength(3);
    });
  });

  it('refuses a missing folder before writing or merging anything', async () => {
    await withExportServices(async ({ call, out }) => {
      await call('import.text', { text: fakePage(bridge) });
      const [story] = (await call('library.list', {})).stories;
      const missing = path.join(out, 'missing');
      await expect(call('export.batch', { stories: [story!.id], formats: ['txt'], folder: missing })).rejects.toMatchObject({
        code: 'write-failed',
        message: `The export folder ${missing} does not exist; nothing was written.`,
      });
      expect(await call('drafts.list')).toEqual([]);
      await expect(call('export.batch', { drafts: [], formats: ['txt'], folder: 'relative/out' })).rejects.toMatchObject({ code: 'invalid-input' });
    });
  });

  it('goes on after a failed file, which leaves nothing behind and is reported with its cause', async () => {
    const ops = { ...nodeWriteOps, open: async (file: string, flags: 'w') => (file.includes('.html.') ? Promise.reject(errno('ENOSPC')) : nodeWriteOps.open(file, flags)) };
    await withExportServices(
      async ({ call, out }) => {
        const a = await cleanDraft(call, 'Bridge plan approved');
        const report = await call('export.batch', { drafts: [a.id], formats: ['html', 'txt'], folder: out });
        expect(report.failed).toEqual([{ id: a.id, title: a.title, format: 'html', reason: expect.stringContaining('the disk is full') }]);
        expect(report.written.map((r) => r.format)).toEqual(['txt']);
        expect(await readdir(out)).toEqual(['bridge-plan-approved.txt']);
        expect((await call('drafts.get', { id: a.id })).exports.map((r) => r.format)).toEqual(['txt']);
      },
      { exportOps: ops },
    );
  });

  it('stops after the files in hand (one draft’s formats) when cancelled, and answers whether a batch was running', async () => {
    await withExportServices(async ({ call, services, out }) => {
      const drafts = [await cleanDraft(call, 'One'), await cleanDraft(call, 'Two'), await cleanDraft(call, 'Three')];
      expect(await call('export.cancel')).toEqual({ cancelled: false });
      let answer: Promise<{ cancelled: boolean }> | null = null;
      const stop = services.events.on('export.progress', () => {
        answer ??= call('export.cancel');
      });
      const report = await call('export.batch', { drafts: drafts.map((d) => d.id), formats: ['txt', 'md'], folder: out });
      stop();
      expect(await answer).toEqual({ cancelled: true });
      expect(report.cancelled).toBe(true);
      expect(report.written.map((r) => path.basename(r.path))).toEqual(['one.txt', 'one.md']);
      expect((await readdir(out)).sort()).toEqual(['one.md', 'one.txt']);
      expect((await call('drafts.get', { id: drafts[0]!.id })).exports).toHaveLength(2);
      expect((await call('drafts.get', { id: drafts[1]!.id })).exports).toHaveLength(0);
    });
  });

  it('gives the event loop a turn between drafts, even when the disk answers at once', async () => {
    // A disk whose every call resolves at once: without a turn between drafts, the whole batch would run
    // in one go and nothing else (an autosave, a cancel) could be answered meanwhile.
    const instantDisk: WriteOps = {
      open: async () => ({ writeFile: async () => {}, sync: async () => {}, close: async () => {} }),
      rename: async () => {},
      link: async () => {},
      moveExclusive: async () => {},
      rm: async () => {},
    };
    await withExportServices(
      async ({ call, out, progress }) => {
        const ids: string[] = [];
        for (let i = 0; i < 7; i += 1) ids.push((await cleanDraft(call, `Draft ${i}`)).id);
        const batch = call('export.batch', { drafts: ids, formats: ['txt'], folder: out });
        while (progress.length === 0) await new Promise((resolve) => setImmediate(resolve));
        const seenAtFirstTurn = progress.length;
        expect((await batch).written).toHaveLength(ids.length);
        expect(seenAtFirstTurn).toBeLessThan(3);
      },
      { exportOps: instantDisk },
    );
  });
});
