import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareOptions, sentenceUnits } from '../diff';
import { inText, mergeStory, planToArticle, NEWEST_POLICY, type MergePlan, type MergeVersion } from '.';

interface Golden {
  about: string;
  versions: MergeVersion[];
  expect: { paragraphs: string[]; dropped: string[]; decisions: Record<string, number> };
}

const dir = join(__dirname, '__fixtures__', 'golden');
const goldens = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(dir, f), 'utf8')) as Golden] as const);

function plan(versions: readonly MergeVersion[]): MergePlan {
  const merged = mergeStory(versions, NEWEST_POLICY);
  if (!merged.ok) throw new Error(merged.problem);
  return merged.plan;
}

const tally = (p: MergePlan) => p.passages.reduce<Record<string, number>>((n, x) => ({ ...n, [x.decision]: (n[x.decision] ?? 0) + 1 }), {});

describe('merge plan on the golden cases (newest wins, nothing lost)', () => {
  it('has the cases the issue names', () => {
    expect(goldens.map(([name]) => name)).toEqual(expect.arrayContaining(['identical', 'self-plus-trimmed', 'comment-replaced']));
  });

  for (const [name, golden] of goldens) {
    describe(name, () => {
      const merged = plan(golden.versions);

      it('gives the expected article and decisions', () => {
        expect(planToArticle(merged).paragraphs).toEqual(golden.expect.paragraphs);
        expect(merged.passages.filter((p) => !inText(p)).map((p) => p.text)).toEqual(golden.expect.dropped);
        expect(tally(merged)).toEqual(golden.expect.decisions);
      });

      it('loses no input sentence: each is a wording of some passage, and every passage left out says why', () => {
        // By comparison key: a wording is recorded as the first version printed it, quotes and spacing included.
        const keys = (paragraphs: readonly string[]) => sentenceUnits(paragraphs, compareOptions()).sentences.map((s) => s.key);
        const wordings = new Set(keys(merged.passages.flatMap((p) => p.wordings.map((w) => w.text))));
        for (const version of golden.versions) for (const key of keys(version.paragraphs)) expect(wordings).toContain(key);
        for (const passage of merged.passages.filter((p) => !inText(p))) expect(passage.reason).toMatch(/\S/);
      });

      it('is deterministic, whatever order the versions come in', () => {
        expect(plan([...golden.versions].reverse())).toEqual(merged);
        expect(plan(golden.versions)).toEqual(merged);
      });
    });
  }
});
