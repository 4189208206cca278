import { compareOptions, prepareVersion, type CompareOptions } from '../diff';
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
  const prepared = ordered.map((v) => prepareVersion(v.paragraphs, options));
  const aligned = alignPassages(prepared.map((p) => p.units), options);
  const passages: Passage[] = aligned.rows.map((row, r) => {
    const cells = row.cells.map((cell) => cell!);
    const inVersions = ids.filter((_, c) => cells[c]!.state !== 'absent');
    return { id: `p${r}`, wordings: row.wordings, in: inVersions, everywhere: inVersions.length === ids.length, cells };
  });
  const steps = versionSteps(ordered, prepared, passages, options);
  return {
    versions: ordered.map((v, c) => ({ id: v.id, outlet: v.outlet, publishedAt: v.publishedAt, newest: c === ordered.length - 1 })),
    passages,
    steps,
    approximate: aligned.approximate || steps.some((s) => s.diff?.approximate),
  };
}
