import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDraftDocument } from '../../../shared/domain/draft';
import { inText, planToArticle, type MergePlan } from '../../../shared/domain/merge';
import { withTempDir } from '../store/test-support';
import { createServices } from './create-services';
import { callerOf } from './test-support';

const seedFile = path.resolve(import.meta.dirname, '..', '..', '..', '..', 'shared', 'fixtures', 'seed', 'daily8-met-lfr.txt');
const expectedFile = seedFile.replace(/\.txt$/, '.expected.json');

describe('drafts.fromStory on the sample page, with the real import pipeline', () => {
  it("merges the shared story newest-wins into a draft carrying the plan, and a base policy keeps the base's text", async () => {
    const expected = JSON.parse(await readFile(expectedFile, 'utf8')) as {
      version_differences: { changes: [{ text: string }, { old: string; new: string[] }] };
    };
    const [insertion, replacement] = expected.version_differences.changes;
    await withTempDir(async (dir) => {
      const services = await createServices({ dataDir: dir, resourcesDir: path.join(dir, 'none'), shell: 'cli', log: () => {} });
      const call = callerOf(services.handlers);
      await call('import.text', { text: await readFile(seedFile, 'utf8'), source: 'daily8-met-lfr.txt' });
      const shared = (await call('library.list')).stories.find((s) => s.copyIds.length === 2)!;
      const { copies } = await call('stories.get', { id: shared.id });
      const chronicle = copies.find((c) => c.outlet === 'North Wales Chronicle')!;
      const leader = copies.find((c) => c.outlet === 'Leader Live')!;

      const draft = await call('drafts.fromStory', { storyId: shared.id });
      expect(draft).toMatchObject({ storyId: shared.id, title: chronicle.headline, status: 'draft', revision: 1 });
      expect(draft.text).toContain(insertion.text);
      for (const sentence of replacement.new) expect(draft.text).toContain(sentence);
      expect(draft.text).not.toContain('contacted for comment');

      const parsed = parseDraftDocument(draft.content);
      if (!parsed.ok) throw new Error(parsed.problem);
      const plan = parsed.document.merge as MergePlan;
      expect(plan.wordingVersion).toBe(chronicle.id);
      // Leader Live's breaks are its own; the Chronicle's were restored, so the structure is Leader Live's.
      expect(plan.structureVersion).toBe(leader.id);
      // Its 18 paragraphs, less the stale one, plus the inserted sentence and the 3-paragraph response.
      expect(planToArticle(plan).paragraphs).toHaveLength(leader.paragraphs.length - 1 + 1 + 3);
      expect(plan.passages.filter((p) => !inText(p)).map((p) => [p.decision, p.text])).toEqual([['dropped', replacement.old]]);
      expect(parsed.document.fields.headline).toBe(chronicle.headline);

      // Exported as Markdown: the headline, then the merged paragraphs, with nothing the merge dropped.
      const md = await call('export.draft', { id: draft.id, format: 'md' });
      const mdBlocks = md.content.trimEnd().split('\n\n');
      expect(mdBlocks[0]).toMatch(/^# .*live facial recognition/);
      expect(mdBlocks).toHaveLength(1 + planToArticle(plan).paragraphs.length);
      expect(md.content).toContain(insertion.text);
      expect(md.content).not.toContain('contacted for comment');
      expect(md.filename).toMatch(/\.md$/);

      const based = await call('drafts.fromStory', { storyId: shared.id, policy: `base:${leader.id}` });
      expect(based.text).toContain(replacement.old);
      expect(based.text).not.toContain(insertion.text);
      expect((await call('library.list')).drafts.map((d) => d.id).sort()).toEqual([draft.id, based.id].sort());
      await services.close();
    });
  });
});
