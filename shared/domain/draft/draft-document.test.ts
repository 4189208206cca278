import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeStory, planToArticle, NEWEST_POLICY, type MergeVersion } from '../merge';
import {
  buildDraftDocument,
  draftFromPlan,
  draftText,
  draftToMergedArticle,
  fieldsFromVersions,
  parseDraftDocument,
  serializeDraftDocument,
  MAX_DRAFT_CONTENT_CHARS,
  PASSAGE_NODE_TYPE,
  type DraftDocument,
  type SerializedNode,
} from '.';
import { bodyJson, paragraphJson, textJson } from './lexical-json';

const golden = (name: string) => JSON.parse(readFileSync(join(__dirname, '..', 'merge', '__fixtures__', 'golden', `${name}.json`), 'utf8')) as { versions: MergeVersion[] };
const versions = golden('inserted-mid-paragraph').versions.map((v, k) => ({ ...v, byline: k === 1 ? 'By Jo Reed' : null, dateline: k === 1 ? 'HARROWGATE' : null }));
const merged = mergeStory(versions, NEWEST_POLICY);
if (!merged.ok) throw new Error(merged.problem);
const { plan } = merged;
const fields = fieldsFromVersions(plan, versions);
const document = buildDraftDocument(plan, fields);

describe('buildDraftDocument', () => {
  it('lays out one paragraph per merged paragraph, each passage an inline node with its provenance, spaces between', () => {
    const paragraphs = document.body.root.children;
    expect(paragraphs.map((p) => p.type)).toEqual(planToArticle(plan).paragraphs.map(() => 'paragraph'));
    const second = paragraphs[1]!.children!;
    expect(second.map((n) => n.type)).toEqual([PASSAGE_NODE_TYPE, 'text', PASSAGE_NODE_TYPE, 'text', PASSAGE_NODE_TYPE]);
    expect([second[1]!.text, second[3]!.text]).toEqual([' ', ' ']);
    const inserted = plan.passages.find((p) => p.in.length === 1)!;
    expect(second[2]).toMatchObject({ $: { passage: { id: inserted.id, wording: inserted.text, from: inserted.from, outlets: ['Bay Herald'] } }, children: [{ type: 'text', text: inserted.text }] });
    expect(document.merge).toBe(plan);
  });

  it("takes the headline from the plan and the byline and dateline from the wording version", () => {
    expect(fields).toEqual({ headline: plan.headline, standfirst: '', byline: 'By Jo Reed', dateline: 'HARROWGATE' });
    expect(fieldsFromVersions({ ...plan, headline: null }, []).headline).toBe('');
  });
});

describe('parseDraftDocument', () => {
  it('reads back what serializeDraftDocument wrote, the plan included', () => {
    expect(parseDraftDocument(serializeDraftDocument(document))).toEqual({ ok: true, document: JSON.parse(JSON.stringify(document)) as DraftDocument });
    const plain = { ...document, merge: null };
    expect(parseDraftDocument(serializeDraftDocument(plain))).toEqual({ ok: true, document: plain });
  });

  it('says what is wrong and where', () => {
    const problem = (content: string) => {
      const parsed = parseDraftDocument(content);
      return parsed.ok ? null : parsed.problem;
    };
    expect(problem('{"format"')).toMatch(/^not JSON \(/);
    expect(problem(JSON.stringify({ ...document, format: 'other' }))).toMatch(/^not a Copydesk draft document: format: /);
    expect(problem(JSON.stringify({ ...document, body: { root: { type: 'root', version: 1, children: [{ version: 1 }] } } }))).toMatch(/^not a Copydesk draft document: body\.root\.children\.0\.type: /);
    const damaged = { ...plan, passages: plan.passages.map((p, k) => (k === 1 ? { ...p, paragraph: -2 } : p)) };
    expect(problem(JSON.stringify({ ...document, merge: damaged }))).toMatch(/^the draft's merge plan is damaged: merge\.passages\.1\.paragraph: /);
    expect(problem(' '.repeat(MAX_DRAFT_CONTENT_CHARS + 1))).toMatch(/over the 20000000 limit/);
    // Written by hand: JSON.stringify itself would overflow the stack on a nesting this deep.
    const levels = 20_000;
    const nested = `${'{"type":"paragraph","version":1,"children":['.repeat(levels)}${JSON.stringify(textJson('deep'))}${']}'.repeat(levels)}`;
    const body = JSON.stringify(bodyJson([])).replace('"children":[]', `"children":[${nested}]`);
    expect(problem(JSON.stringify({ ...document, body: null }).replace('"body":null', `"body":${body}`))).toBe('the body nests more than 200 levels deep');
  });
});

describe('draftText and draftToMergedArticle', () => {
  it('render a fresh merge as the plan renders, with the byline and dateline after the headline', () => {
    const article = planToArticle(plan);
    expect(draftToMergedArticle(document)).toEqual({ headline: article.headline, paragraphs: ['By Jo Reed', 'HARROWGATE', ...article.paragraphs] });
    expect(draftText(document)).toBe([article.headline, 'By Jo Reed', 'HARROWGATE', ...article.paragraphs].join('\n\n'));
    const bare = { ...document, fields: { headline: '', standfirst: '', byline: '', dateline: '' } };
    expect(draftText(bare)).toBe(article.paragraphs.join('\n\n'));
  });

  it('read every block kind and leave out empty ones', () => {
    const list = (listType: string, items: SerializedNode[][]): SerializedNode => ({ type: 'list', version: 1, listType, children: items.map((children) => ({ type: 'listitem', version: 1, children })) });
    const edited: DraftDocument = {
      ...document,
      fields: { headline: 'H', standfirst: 'S', byline: '', dateline: '' },
      body: bodyJson([
        { type: 'heading', version: 1, tag: 'h2', children: [textJson('Sub')] },
        paragraphJson([textJson('Line one'), { type: 'linebreak', version: 1 }, textJson('line two ')]),
        paragraphJson([textJson('  ')]),
        { type: 'quote', version: 1, children: [textJson('Quoted')] },
        list('number', [[textJson('First')], [textJson('Second'), list('bullet', [[textJson('Nested')]])]]),
        { type: 'some-future-block', version: 3, children: [textJson('Still read')] },
      ]),
    };
    expect(draftToMergedArticle(edited)).toEqual({ headline: 'H', paragraphs: ['S', 'Sub', 'Line one\nline two', 'Quoted', 'First', 'Second', 'Nested', 'Still read'] });
  });
});

describe('draftFromPlan', () => {
  it('gives drafts.fromStory a title, the serialized document and its text', () => {
    const draft = draftFromPlan(plan, versions);
    expect(draft).toEqual({ title: plan.headline, content: serializeDraftDocument(document), text: draftText(document) });
    expect(draftFromPlan({ ...plan, headline: null }, []).title).toBe(planToArticle(plan).paragraphs[0]!.split(' ').slice(0, 12).join(' '));
  });
});
