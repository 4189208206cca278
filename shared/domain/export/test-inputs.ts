import { analyzePage } from '../analyze';
import { buildDraftDocument, fieldsFromVersions, readDraftArticle, TEXT_FORMAT_BOLD, TEXT_FORMAT_ITALIC, type DraftArticle, type SerializedNode } from '../draft';
import { bodyJson, paragraphJson, textJson } from '../draft/lexical-json';
import { mergeStory, NEWEST_POLICY } from '../merge';
import type { ExportInput, ExportMeta } from './types';

// Inputs the export tests share. Test helper only (not bundled by the app); pure, so the page text comes from the test.

/** The acceptance story (the sample page's two copies, merged newest-wins) ready to export; the test reads the page file. */
export function seedFixture(page: string) {
  const analysis = analyzePage(page, { source: 'seed.txt', importedAt: '2026-11-27T12:00:00Z' });
  const story = analysis.stories.find((s) => s.articles.length === 2)!;
  const versions = analysis.articles.filter((a) => story.articles.includes(a.id));
  const merged = mergeStory(versions, NEWEST_POLICY);
  if (!merged.ok) throw new Error(merged.problem);
  const { plan } = merged;
  const meta = (over: Partial<ExportMeta> = {}): ExportMeta => ({
    id: 'draft-1',
    revision: 2,
    language: 'en-GB',
    exportedAt: '2026-11-27T14:30:00+00:00',
    sources: versions.map((v) => ({ copyId: v.id, outlet: v.outlet, headline: v.headline, publishedAt: v.publishedAt, url: null })),
    credits: true,
    ...over,
  });
  const input = (over: Partial<ExportMeta> = {}): ExportInput => ({ article: readDraftArticle(buildDraftDocument(plan, fieldsFromVersions(plan, versions))), meta: meta(over) });
  return { plan, versions, meta, input };
}

/** Markup, entities, quotes, control characters, bidi overrides, an emoji sequence and a lone surrogate. */
export const HOSTILE = 'x <script>alert("&amp;")</script> \'q\' & \u0001\u0007 bell \u202Eעברית\u202C 🧑‍💻 \uD800 end';

const styled = (text: string, format: number): SerializedNode => ({ ...textJson(text), format });
const link = (url: string, text: string): SerializedNode => ({ type: 'link', version: 1, url, children: [textJson(text)] });
const list = (listType: 'bullet' | 'number', items: string[]): SerializedNode => ({ type: 'list', version: 1, listType, children: items.map((text) => ({ type: 'listitem', version: 1, children: [textJson(text)] })) });

/** Every block kind and run format, read from a Lexical body the way a saved draft is. */
export const handMadeArticle = (text: string): DraftArticle =>
  readDraftArticle({
    format: 'copydesk.draft',
    version: 1,
    merge: null,
    fields: { headline: `Head ${text}`, standfirst: `Stand ${text}`, byline: `By ${text}`, dateline: `LONDON ${text}` },
    body: bodyJson([
      paragraphJson([textJson('Plain '), styled('bold', TEXT_FORMAT_BOLD), textJson(' and '), styled('italic', TEXT_FORMAT_ITALIC), textJson(' '), link('https://example.org/?a=1&b="2"', 'site'), textJson(' '), link('javascript:alert(1)', 'bad link')]),
      { type: 'heading', version: 1, tag: 'h2', children: [textJson(`Sub ${text}`)] },
      { type: 'quote', version: 1, children: [styled(`"Quoted" ${text}`, TEXT_FORMAT_BOLD | TEXT_FORMAT_ITALIC)] },
      list('bullet', ['First bullet', `- ${text}`]),
      list('number', ['1. First number', 'Second number']),
      paragraphJson([textJson('Line one'), { type: 'linebreak', version: 1 }, textJson(`# line two ${text}`)]),
    ]),
  });

export const hostileInput = (meta: ExportMeta): ExportInput => ({
  article: handMadeArticle(HOSTILE),
  meta: { ...meta, language: 'he"><x', sources: [{ copyId: 'c 1', outlet: HOSTILE, headline: null, publishedAt: '2026-11-27T10:00:00Z', url: 'javascript:alert(1)' }, { copyId: 'c2', outlet: null, headline: null, publishedAt: 'yesterday', url: 'https://example.org/a?b=1&c=2' }] },
});
