import { mergeStory, NEWEST_POLICY } from '../shared/domain/merge';
import { generatedVersions, timed } from './compare.bench';
import { below, type BenchSuite } from './row';

/**
 * The merge plan at the size the issue names: 10 versions of a 2,000-word story (the same generated,
 * hash-seeded versions compare.bench.ts aligns), newest wins. Includes the alignment the plan is built on.
 * The headless editor state the issue also counts comes with the editor, in a later bench.
 */
export const rows: BenchSuite = async () => {
  const versions = generatedVersions(10, 2000);
  const merged = mergeStory(versions, NEWEST_POLICY);
  const ms = timed(() => mergeStory(versions, NEWEST_POLICY), 15);
  return [{ ...below('merge: plan for 10 versions of a 2,000-word story (align + plan), median', ms, 'ms', 150), met: ms < 150 && merged.ok }];
};
