import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDraftDocument, draftText, fieldsFromVersions, PASSAGE_NODE_TYPE, readDraftArticle, TEXT_FORMAT_BOLD, type DraftDocument, type SerializedNode } from '../draft';
import { bodyJson, paragraphJson, passageJson, textJson } from '../draft/lexical-json';
import { checkExport } from './check-export';
import { checkReport } from './check-report';
import { fixDraftDocument } from './fix-export';
import { seedFixture } from './test-inputs';

const uk = { quoteStyle: 'uk' as const };
const bare = { headline: '', standfirst: '', byline: '', dateline: '' };
const doc = (children: SerializedNode[], fields = bare): DraftDocument => ({ format: 'copydesk.draft', version: 1, merge: null, fields, body: bodyJson(children) });
const bold = (text: string): SerializedNode => ({ ...textJson(text), format: TEXT_FORMAT_BOLD });
const passage = (id: string, text: string) => passageJson({ id, wording: text, from: 'a', outlets: ['A'] }, text);
const report = (document: DraftDocument) => {
  const article = readDraftArticle(document);
  return checkReport(article, checkExport(article, uk));
};
const blockTexts = (document: DraftDocument) => readDraftArticle(document).blocks.map((block) => block.runs.map((run) => run.text).join(''));
/** The words of a text with its typography (quotes, dashes, ellipses, spacing) ignored. */
const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];
const passages = (node: SerializedNode): SerializedNode[] => [...(node.type === PASSAGE_NODE_TYPE ? [node] : []), ...(node.children ?? []).flatMap(passages)];

describe('fixDraftDocument', () => {
  const seed = seedFixture(readFileSync(join(__dirname, '..', '..', '..', '..', 'shared', 'fixtures', 'seed', 'daily8-met-lfr.txt'), 'utf8'));
  const seedDoc = buildDraftDocument(seed.plan, fieldsFromVersions(seed.plan, seed.versions));

  it("fixes every problem of the sample merge that has a fix, keeping every word and passage", () => {
    const before = report(seedDoc).problems;
    const fixable = before.filter((p) => p.fixable);
    expect(fixable.length).toBeGreaterThan(10);
    const result = fixDraftDocument(seedDoc, 'all', uk);
    expect(result.complete).toBe(true);
    expect(result.fixed).toBe(fixable.length);
    expect(result.left).toBe(before.length - fixable.length);
    const after = report(result.document).problems;
    expect(after.filter((p) => p.fixable)).toEqual([]);
    expect(after.map((p) => p.id)).toEqual(before.filter((p) => !p.fixable).map((p) => p.id));
    expect(words(draftText(result.document))).toEqual(words(draftText(seedDoc)));
    expect(draftText(result.document)).toMatch(/’/);
    expect(passages(result.document.body.root as SerializedNode).map((p) => p.$)).toEqual(passages(seedDoc.body.root as SerializedNode).map((p) => p.$));
  });

  it('is deterministic and leaves its input alone', () => {
    const copy = JSON.stringify(seedDoc);
    expect(JSON.stringify(fixDraftDocument(seedDoc, 'all', uk))).toBe(JSON.stringify(fixDraftDocument(seedDoc, 'all', uk)));
    expect(JSON.stringify(seedDoc)).toBe(copy);
  });

  it('fixes only the chosen problems and ignores ids no longer there', () => {
    const document = doc([paragraphJson([textJson("It's the  plan.")])]);
    const [first, ...rest] = report(document).problems;
    expect(rest.length).toBeGreaterThan(0);
    const result = fixDraftDocument(document, new Set([first!.id, 'house-style:block-9:0:1']), uk);
    expect(result).toMatchObject({ fixed: 1, left: 0 });
    expect(report(result.document).problems.map((p) => p.id)).toEqual(rest.map((p) => p.id));
    expect(blockTexts(result.document)).toEqual(['It’s the  plan.']);
  });

  it('fixes fields and maps block offsets past trimmed spaces and line breaks onto the right text node', () => {
    const document = doc(
      [paragraphJson([textJson('  '), textJson("It's")]), paragraphJson([textJson('Line one'), { type: 'linebreak', version: 1 }, bold("it's  here")])],
      { ...bare, headline: 'Storm  closes road', byline: 'By Jo\u200BSmith' },
    );
    const result = fixDraftDocument(document, 'all', uk);
    expect(result.document.fields).toMatchObject({ headline: 'Storm closes road', byline: 'By JoSmith' });
    const [first, second] = result.document.body.root.children;
    expect(first!.children!.map((n) => n.text)).toEqual(['  ', 'It’s']);
    expect(second!.children!.map((n) => [n.type, n.text, n.format])).toEqual([
      ['text', 'Line one', 0],
      ['linebreak', undefined, undefined],
      ['text', 'it’s here', TEXT_FORMAT_BOLD],
    ]);
  });

  it('makes a fix across two nodes of one style, and leaves one that would change a run’s format', () => {
    const same = doc([paragraphJson([passage('p1', 'Wait.'), textJson('.. then')])]);
    const fixedSame = fixDraftDocument(same, 'all', uk);
    expect(fixedSame).toMatchObject({ fixed: 1, left: 0 });
    expect(fixedSame.document.body.root.children[0]!.children!.map((n) => n.children?.[0]?.text ?? n.text)).toEqual(['Wait…', ' then']);

    const mixed = doc([paragraphJson([textJson('Wait.'), bold('.. then')])]);
    const fixedMixed = fixDraftDocument(mixed, 'all', uk);
    expect(fixedMixed).toMatchObject({ fixed: 0, left: 1 });
    expect(fixedMixed.document).toEqual(mixed);
  });

  it('removes the paragraphs and list items a fix leaves blank, and a list left with no items', () => {
    const item = (text: string): SerializedNode => ({ type: 'listitem', version: 1, children: [textJson(text)] });
    const document = doc([
      paragraphJson([textJson('\u200B')]),
      paragraphJson([textJson('Kept.')]),
      { type: 'list', version: 1, listType: 'bullet', children: [item('\u200B')] },
      { type: 'list', version: 1, listType: 'bullet', children: [item('One'), item('\u2060')] },
      // An item whose own text goes but which holds a nested list stays, for the nested items.
      { type: 'list', version: 1, listType: 'number', children: [{ ...item('\u200B'), children: [textJson('\u200B'), { type: 'list', version: 1, listType: 'number', children: [item('Nested')] }] }] },
    ]);
    const result = fixDraftDocument(document, 'all', uk);
    expect(result).toMatchObject({ fixed: 4, left: 0 });
    expect(result.document.body.root.children.map((n) => n.type)).toEqual(['paragraph', 'list', 'list']);
    expect(blockTexts(result.document)).toEqual(['Kept.', 'One', 'Nested']);
  });

  it('leaves problems without a fix and counts them', () => {
    const document = doc([paragraphJson([textJson('He said ‘yes.')]), paragraphJson([textJson('Advertisement')])]);
    const result = fixDraftDocument(document, 'all', uk);
    expect(result).toMatchObject({ fixed: 0, left: 2 });
    expect(result.document).toEqual(document);
  });
});
