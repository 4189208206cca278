import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../analyze';
import { inText, mergeStory, planToArticle, NEWEST_POLICY } from '.';

// The acceptance case of the issue: the sample page's shared story (Leader Live, then North Wales Chronicle).
const page = readFileSync(join(__dirname, '..', '..', '..', '..', 'shared', 'fixtures', 'seed', 'daily8-met-lfr.txt'), 'utf8');
const expected = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', '..', 'shared', 'fixtures', 'seed', 'daily8-met-lfr.expected.json'), 'utf8')) as {
  version_differences: { changes: [{ text: string }, { old: string; new: string[] }] };
};
const analysis = analyzePage(page, { source: 'seed.txt', importedAt: '2026-11-27T12:00:00Z' });
const story = analysis.stories.find((s) => s.articles.length === 2)!;
const versions = analysis.articles.filter((a) => story.articles.includes(a.id));
const leader = versions.find((v) => v.outlet === 'Leader Live')!;
const chronicle = versions.find((v) => v.outlet === 'North Wales Chronicle')!;
const merged = mergeStory(versions, NEWEST_POLICY);
if (!merged.ok) throw new Error(merged.problem);
const { plan } = merged;
const article = planToArticle(plan);
const [insertion, replacement] = expected.version_differences.changes;

describe('merging the sample story, newest wins', () => {
  it("follows Leader Live's paragraphs and the Chronicle's wording", () => {
    expect([plan.structureVersion, plan.wordingVersion]).toEqual([leader.id, chronicle.id]);
    // Leader Live's 18 paragraphs, less the stale one, plus the inserted sentence and the 3-paragraph response.
    expect(article.paragraphs).toHaveLength(18 - 1 + 1 + 3);
    expect(article.headline).toBe(chronicle.headline);
  });

  it('keeps the shared sentences in order, the insertion in its place and the response at the end', () => {
    const shared = leader.paragraphs.filter((p) => !p.includes('contacted for comment'));
    const at = shared.map((p) => article.paragraphs.indexOf(p));
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(at).not.toContain(-1);
    expect(article.paragraphs[3]).toBe(insertion.text);
    expect(article.paragraphs.slice(-3).join(' ')).toBe(replacement.new.join(' '));
    expect(article.paragraphs.join(' ')).not.toContain('contacted for comment');
    expect(article.paragraphs.filter((p) => p.startsWith('The Equality and Human Rights Commission (EHRC) has said'))).toHaveLength(1);
  });

  it('names the provenance of every passage and why the stale line went', () => {
    const byText = (t: string) => plan.passages.find((p) => p.text === t)!;
    expect(byText(leader.paragraphs[0]!)).toMatchObject({ decision: 'kept', in: [leader.id, chronicle.id], outlets: ['Leader Live', 'North Wales Chronicle'] });
    expect(byText(insertion.text)).toMatchObject({ decision: 'kept', in: [chronicle.id], from: chronicle.id });
    const stale = byText(replacement.old);
    expect(stale).toMatchObject({ decision: 'dropped', in: [leader.id], from: leader.id, paragraph: null });
    expect(stale.reason).toMatch(/^replaced in North Wales Chronicle \(a\d\) by "A Met spokeswoman said/);
    const response = replacement.new.map(byText);
    expect(response.map((p) => [p.decision, p.in, p.replaces])).toEqual(response.map(() => ['kept', [chronicle.id], [stale.id]]));
    expect(stale.replacedBy).toEqual(response.map((p) => p.id));
    expect(plan.passages.filter((p) => !inText(p))).toEqual([stale]);
  });
});
