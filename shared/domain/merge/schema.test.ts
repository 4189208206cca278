import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../analyze';
import { flipDecision, mergeStory, MergePlanSchema, NEWEST_POLICY } from '.';

const page = readFileSync(join(__dirname, '..', '..', '..', '..', 'shared', 'fixtures', 'seed', 'daily8-met-lfr.txt'), 'utf8');
const analysis = analyzePage(page, { source: 'seed.txt', importedAt: '2026-11-27T12:00:00Z' });
const story = analysis.stories.find((s) => s.articles.length === 2)!;
const merged = mergeStory(analysis.articles.filter((a) => story.articles.includes(a.id)), NEWEST_POLICY);
if (!merged.ok) throw new Error(merged.problem);
const { plan } = merged;

describe('MergePlanSchema', () => {
  it('parses a real plan, edited or not, through JSON unchanged', () => {
    expect(MergePlanSchema.parse(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
    const flipped = flipDecision(plan, plan.passages.at(-1)!.id);
    expect(MergePlanSchema.parse(JSON.parse(JSON.stringify(flipped)))).toEqual(flipped);
  });

  it('rejects a damaged plan, naming the field', () => {
    const bad = JSON.parse(JSON.stringify(plan)) as { passages: { decision: string }[] };
    bad.passages[2]!.decision = 'maybe';
    const parsed = MergePlanSchema.safeParse(bad);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['passages', 2, 'decision']);
    expect(MergePlanSchema.safeParse({ ...plan, extra: true }).success).toBe(false);
    expect(MergePlanSchema.safeParse({ ...plan, versions: [] }).success).toBe(false);
  });
});
