import { describe, expect, it } from 'vitest';
import { buildDraftDocument, serializeDraftDocument } from '../../../shared/domain/draft';
import { mergeStory, NEWEST_POLICY } from '../../../shared/domain/merge';
import type { Draft } from '../../../shared/domain/model';
import { openDraft } from './openDraft';

const draft = (content: string): Draft => ({
  id: 'd1',
  storyId: 's1',
  title: 'Police response',
  status: 'draft',
  content,
  text: '',
  revision: 3,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  exports: [],
});

describe('openDraft', () => {
  it('opens a stored merge with its plan', () => {
    const merged = mergeStory([{ id: 'a', outlet: 'A', publishedAt: null, paragraphs: ['One sentence here. Another one there.'] }], NEWEST_POLICY);
    if (!merged.ok) throw new Error(merged.problem);
    const content = serializeDraftDocument(buildDraftDocument(merged.plan, { headline: 'H', standfirst: '', byline: '', dateline: '' }));
    const opened = openDraft(draft(content));
    expect(opened.ok && opened.document.merge?.passages.length).toBe(merged.plan.passages.length);
  });

  it('names the draft and the problem when the content is not a draft document', () => {
    const opened = openDraft(draft('{"format":"something else"}'));
    expect(opened.ok).toBe(false);
    if (!opened.ok) {
      expect(opened.message).toContain('“Police response” (d1, revision 3)');
      expect(opened.message).toMatch(/not a Copydesk draft document: format/);
    }
  });

  it('names a draft without a title as untitled', () => {
    const opened = openDraft({ ...draft('not json'), title: ' ' });
    expect(!opened.ok && opened.message).toMatch(/^The draft “Untitled draft” .*not JSON/);
  });
});
