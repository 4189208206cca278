import type { JsonDocument } from './json-document';
import type { GroupingFile } from './store-files';

/** Changes to the editor's grouping decisions, applied together in one write. */
export interface GroupingChange {
  /** Fingerprint → story the editor put that copy in. */
  assign?: ReadonlyMap<string, string>;
  /** Fingerprint → a story the editor took that copy out of. */
  movedOutOf?: ReadonlyMap<string, string>;
  /** Story pairs the editor split apart. */
  apart?: readonly (readonly [string, string])[];
  /** Stories the editor joined: they are no longer apart from each other. */
  joined?: readonly string[];
}

const pairKey = (a: string, b: string): string => (a < b ? `${a}\n${b}` : `${b}\n${a}`);

/**
 * grouping.json: what the editor decided about stories (moves, splits, joins), consulted by every import so
 * that automatic grouping never undoes it. Keyed by fingerprint, which is what a re-imported copy shares with
 * the one the editor moved.
 */
export class GroupingRepository {
  constructor(private readonly doc: JsonDocument<GroupingFile>) {}

  /** The story the editor put a copy with this fingerprint in, if any. */
  assignedStory(fingerprint: string): string | undefined {
    return Object.hasOwn(this.doc.peek().assigned, fingerprint) ? this.doc.peek().assigned[fingerprint] : undefined;
  }

  wasMovedOutOf(fingerprint: string, storyId: string): boolean {
    return (Object.hasOwn(this.doc.peek().movedOutOf, fingerprint) ? this.doc.peek().movedOutOf[fingerprint]! : []).includes(storyId);
  }

  areApart(a: string, b: string): boolean {
    const key = pairKey(a, b);
    return this.doc.peek().apart.some(([x, y]) => pairKey(x, y) === key);
  }

  async record(change: GroupingChange): Promise<void> {
    await this.doc.update((file) => {
      const assigned = { ...file.assigned, ...Object.fromEntries(change.assign ?? []) };
      const movedOutOf = { ...file.movedOutOf };
      for (const [fingerprint, storyId] of change.movedOutOf ?? []) {
        const earlier = Object.hasOwn(movedOutOf, fingerprint) ? movedOutOf[fingerprint]! : [];
        if (!earlier.includes(storyId)) movedOutOf[fingerprint] = [...earlier, storyId];
      }
      // A copy the editor put back into a story is no longer "moved out of" it.
      for (const [fingerprint, storyId] of change.assign ?? []) {
        if (Object.hasOwn(movedOutOf, fingerprint)) movedOutOf[fingerprint] = movedOutOf[fingerprint]!.filter((s) => s !== storyId);
      }
      const joined = new Set(change.joined ?? []);
      const known = new Set(file.apart.map(([a, b]) => pairKey(a, b)));
      const apart = file.apart.filter(([a, b]) => !(joined.has(a) && joined.has(b)));
      for (const [a, b] of change.apart ?? []) {
        if (!known.has(pairKey(a, b))) {
          known.add(pairKey(a, b));
          apart.push([a, b]);
        }
      }
      return { assigned, movedOutOf, apart };
    });
  }
}
