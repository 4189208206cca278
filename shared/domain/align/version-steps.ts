import type { Passage, VersionStep } from './types';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function summaryOf(step: Omit<VersionStep, 'summary'>): string {
  if (step.previous === null) return 'first version';
  const parts = [
    step.adds.length && `adds ${plural(step.adds.length, 'passage', 'passages')}`,
    step.drops.length && `drops ${step.drops.length}`,
    step.rewords.length && `rewords ${step.rewords.length}`,
    step.moves.length && `moves ${step.moves.length}`,
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'no change';
}

/**
 * For each version, what it adds, drops, rewords and moves relative to the version before it in time, read
 * off the aligned passages (so the steps and the matrix always agree).
 */
export function versionSteps(versionIds: readonly string[], passages: readonly Passage[]): VersionStep[] {
  return versionIds.map((version, c) => {
    const step: Omit<VersionStep, 'summary'> = { version, previous: c === 0 ? null : versionIds[c - 1]!, adds: [], drops: [], rewords: [], moves: [] };
    if (c > 0) {
      for (const p of passages) {
        const [before, now] = [p.cells[c - 1]!, p.cells[c]!];
        if (before.state === 'absent' && now.state !== 'absent') step.adds.push(p.id);
        else if (before.state !== 'absent' && now.state === 'absent') step.drops.push(p.id);
        else if (now.state !== 'absent' && now.wording !== before.wording) step.rewords.push(p.id);
        if (now.moved) step.moves.push(p.id);
      }
    }
    return { ...step, summary: summaryOf(step) };
  });
}
