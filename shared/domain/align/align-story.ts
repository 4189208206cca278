import { compareOptions, type CompareOptions } from '../diff';
import { alignPassages } from './align-passages';
import { orderByTime } from './order-by-time';
import type { StoryVersion } from './story-version';
import type { Passage, StoryAlignment } from './types';
import { versionSteps } from './version-steps';

/** Aligns every version of one story: the Compare tab's matrix and per-version summary. */
export function alignStory(versions: readonly StoryVersion[], partial?: Partial<CompareOptions>): StoryAlignment {
  const options = compareOptions(partial);
  const ordered = orderByTime(versions);
  const ids = ordered.map((v) => v.id);
  const { rows, approximate } = alignPassages(
    ordered.map((v) => v.paragraphs),
    options,
  );
  const passages: Passage[] = rows.map((row, r) => {
    const cells = row.cells.map((cell) => cell!);
    const inVersions = ids.filter((_, c) => cells[c]!.state !== 'absent');
    return { id: `p${r}`, wordings: row.wordings, in: inVersions, everywhere: inVersions.length === ids.length, cells };
  });
  return {
    versions: ordered.map((v, c) => ({ id: v.id, outlet: v.outlet, publishedAt: v.publishedAt, newest: c === ordered.length - 1 })),
    passages,
    steps: versionSteps(ids, passages),
    approximate,
  };
}
