import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { article, draftDocument, hostileText, revision, runs } from '../__fixtures__/arbitraries';
import { mergeStory, NEWEST_POLICY, planToArticle, type MergeVersion } from '../merge';
import { buildDraftDocument, draftText, fieldsFromVersions, parseDraftDocument, readDraftArticle, serializeDraftDocument } from '.';

// The draft document: built from any merge it reads back as the plan's article, survives its stored form
// unchanged, and reading damaged stored content gives a stated problem, never an exception.
const soak = process.env.COPYDESK_SOAK === '1';

const version = (k: number, paragraphs: string[], headline: string): MergeVersion & { byline: string } => ({
  id: `v${k}`,
  outlet: `Outlet ${k}`,
  headline,
  byline: `By Reporter ${k}`,
  publishedAt: `2026-11-27T${String(8 + k).padStart(2, '0')}:00:00.000Z`,
  paragraphs,
});

/** Versions of one story: revisions of a generated article, or hostile paragraphs under a hostile headline. */
const story = fc.oneof(
  article().chain((a) => fc.array(revision(a.paragraphs), { minLength: 1, maxLength: 3 }).map((rs) => [a.paragraphs, ...rs].map((p, k) => version(k, p, a.headline)))),
  fc.array(fc.tuple(fc.array(hostileText(12), { maxLength: 4 }), hostileText(4)), { minLength: 1, maxLength: 3 }).map((list) => list.map(([p, h], k) => version(k, p, h))),
);

describe('the draft document', () => {
  it('built from a merge, reads back as the plan article and survives its stored form', () => {
    fc.assert(
      fc.property(story, (versions) => {
        const merged = mergeStory(versions, NEWEST_POLICY);
        if (!merged.ok) return;
        const document = buildDraftDocument(merged.plan, fieldsFromVersions(merged.plan, versions));
        const expected = planToArticle(merged.plan).paragraphs.map((p) => p.trim()).filter(Boolean);
        expect(readDraftArticle(document).blocks.map((b) => b.runs.map((r) => r.text).join(''))).toEqual(expected);
        const parsed = parseDraftDocument(serializeDraftDocument(document));
        expect(parsed).toEqual({ ok: true, document });
        expect(draftText(document)).toBe(draftText(structuredClone(document)));
      }),
      runs(60, soak),
    );
  });

  it('made by hand with hostile text, survives its stored form', () => {
    fc.assert(
      fc.property(draftDocument(), (document) => {
        expect(parseDraftDocument(serializeDraftDocument(document))).toEqual({ ok: true, document });
        expect(readDraftArticle(document)).toEqual(readDraftArticle(structuredClone(document)));
      }),
      runs(100, soak),
    );
  });

  it('read from damaged stored content gives a document or a stated problem, never an exception', () => {
    const damaged = fc.oneof(
      hostileText(40),
      fc.json(),
      draftDocument().chain((d) => {
        const stored = serializeDraftDocument(d);
        return fc.oneof(
          fc.nat(stored.length).map((at) => stored.slice(0, at)),
          fc.tuple(fc.nat(stored.length), fc.nat(40)).map(([at, n]) => stored.slice(0, at) + stored.slice(at + n)),
          fc.tuple(fc.nat(stored.length), fc.constantFrom('null', '[]', '{}', '"x"', '1e400', '{"children":[', '"children":[]')).map(([at, piece]) => stored.slice(0, at) + piece + stored.slice(at)),
        );
      }),
      fc.integer({ min: 150, max: 400 }).map((depth) => `{"format":"copydesk.draft","version":1,"fields":{},"merge":null,"body":{"root":${'{"type":"x","version":1,"children":['.repeat(depth)}${']}'.repeat(depth)}}}`),
    );
    fc.assert(
      fc.property(damaged, (content) => {
        const parsed = parseDraftDocument(content);
        if (!parsed.ok) expect(parsed.problem).toMatch(/\S/);
        else expect(() => draftText(parsed.document)).not.toThrow();
      }),
      runs(150, soak),
    );
  });
});
