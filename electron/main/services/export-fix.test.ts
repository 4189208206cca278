import { describe, expect, it } from 'vitest';
import { draftText, parseDraftDocument, serializeDraftDocument, type DraftDocument } from '../../../shared/domain/draft';
import { bodyJson, paragraphJson, passageJson, textJson } from '../../../shared/domain/draft/lexical-json';
import { withExportServices, type Call } from './export-test-support';

const document: DraftDocument = {
  format: 'copydesk.draft',
  version: 1,
  merge: null,
  fields: { headline: 'Storm  closes road', standfirst: '', byline: '', dateline: '' },
  body: bodyJson([
    paragraphJson([passageJson({ id: 'p1', wording: "It's the council's plan.", from: 'a', outlets: ['A'] }, "It's the council's plan."), textJson(' '), textJson('He said ‘yes.')]),
  ]),
};

/** A draft made from the document, then autosaved once (so its current text is not a kept revision). */
async function autosavedDraft(call: Call) {
  const fields = { storyId: null, title: 'Storm closes road', content: serializeDraftDocument(document), text: draftText(document) };
  const created = await call('drafts.save', fields);
  return call('drafts.save', { ...fields, id: created.id, baseRevision: created.revision });
}

describe('export.fix', () => {
  it('makes the check’s fixes as a new revision, keeping the text before it for the Revisions panel', async () => {
    await withExportServices(async ({ call, services }) => {
      const draft = await autosavedDraft(call);
      const changes: string[] = [];
      services.events.on('library.changed', ({ reason }) => changes.push(reason));
      const before = await call('export.check', { id: draft.id });
      expect(before.problems.filter((p) => p.fixable).length).toBe(3);

      const result = await call('export.fix', { id: draft.id, problems: 'all', baseRevision: draft.revision });
      expect(result).toMatchObject({ fixed: 3, left: 1 });
      expect(result.draft.revision).toBe(draft.revision + 2);
      expect(result.draft.title).toBe('Storm closes road');
      expect(result.draft.text).toBe('Storm closes road\n\nIt’s the council’s plan. He said ‘yes.');
      const parsed = parseDraftDocument(result.draft.content);
      expect(parsed.ok && parsed.document.body.root.children[0]!.children![0]!.type).toBe('passage');
      expect(changes).toEqual(['draft-fixed']);

      const after = await call('export.check', { id: draft.id });
      expect(after.problems.map((p) => p.id)).toEqual(before.problems.filter((p) => !p.fixable).map((p) => p.id));
      const revisions = await call('drafts.revisions', { id: draft.id });
      expect(revisions.map((r) => [r.revision, r.text])).toContainEqual([draft.revision + 1, draft.text]);
      const restored = await call('drafts.restore', { id: draft.id, revision: draft.revision + 1 });
      expect(restored.text).toBe(draft.text);
    });
  });

  it('fixes only the chosen problems, and saves nothing when none can be fixed', async () => {
    await withExportServices(async ({ call }) => {
      const draft = await autosavedDraft(call);
      const [headline] = (await call('export.check', { id: draft.id })).problems;
      const one = await call('export.fix', { id: draft.id, problems: [headline!.id], baseRevision: draft.revision });
      expect(one).toMatchObject({ fixed: 1, left: 0 });
      expect(one.draft.text).toBe("Storm closes road\n\nIt's the council's plan. He said ‘yes.");
      const none = await call('export.fix', { id: draft.id, problems: ['gone:block-0:0:1'], baseRevision: one.draft.revision });
      expect(none).toMatchObject({ fixed: 0, left: 0, draft: { revision: one.draft.revision } });
    });
  });

  it('refuses a fix asked for an older revision, and a draft that is not a document', async () => {
    await withExportServices(async ({ call }) => {
      const draft = await autosavedDraft(call);
      await expect(call('export.fix', { id: draft.id, problems: 'all', baseRevision: draft.revision - 1 })).rejects.toMatchObject({ code: 'conflict' });
      expect((await call('drafts.get', { id: draft.id })).revision).toBe(draft.revision);
      const plain = await call('drafts.save', { storyId: null, title: 'Plain', content: '{}', text: 'Plain\nIt\'s plain.' });
      await expect(call('export.fix', { id: plain.id, problems: 'all', baseRevision: plain.revision })).rejects.toMatchObject({ code: 'invalid-input' });
      await expect(call('export.fix', { id: 'nope', problems: 'all', baseRevision: 1 })).rejects.toMatchObject({ code: 'not-found' });
      await expect(call('export.fix', { id: draft.id, problems: 'some' as 'all', baseRevision: 1 })).rejects.toMatchObject({ code: 'invalid-input' });
    });
  });
});
