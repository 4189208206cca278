import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_TIMEOUT_MS, bundleChild, runAndKill, type ChildBundle } from './__fixtures__/crash/crash-child';
import { parseAck, parseIntent, type StoreWriterConfig } from './__fixtures__/crash/crash-protocol';
import { crashRounds, crashSeed, describePlan, killPlan, seededRandom } from './__fixtures__/crash/crash-random';
import { copyProblems, damageProblems, draftProblems, leftoverTemps } from './__fixtures__/crash/store-check';
import { openStore, type Store } from './open-store';
import { withTempDir } from './test-support';

const ROUNDS = crashRounds(20);

/** What the children acknowledged so far, over all rounds: each must still be there after every kill. */
class Acknowledged {
  readonly drafts = new Map<string, { revision: number; seq: number }>();
  readonly deleted = new Set<string>();
  /** Deletions under way when the child was killed: the draft may be gone or not. */
  readonly deleting = new Set<string>();
  readonly copies = new Set<string>();
  settingsSeq = -1;
  count = 0;

  record(lines: readonly string[]): void {
    this.deleting.clear();
    for (const line of lines) {
      const intent = parseIntent(line);
      if (intent?.kind === 'delete') this.deleting.add(intent.id);
      const ack = parseAck(line);
      if (!ack) continue;
      this.count += 1;
      const seq = Number(ack.detail);
      if (ack.kind === 'draft') this.drafts.set(ack.id, { revision: ack.revision, seq });
      else if (ack.kind === 'deleted') {
        this.drafts.delete(ack.id);
        this.deleting.delete(ack.id);
        this.deleted.add(ack.id);
      } else if (ack.kind === 'settings') this.settingsSeq = Math.max(this.settingsSeq, ack.revision);
      else if (ack.kind === 'copy') this.copies.add(ack.id);
    }
  }

  /** Acknowledged writes the store lost (or deletions it undid). Settles this round's unfinished deletions. */
  async problems(store: Store): Promise<string[]> {
    const problems: string[] = [];
    for (const [id, { revision, seq }] of this.drafts) {
      const draft = await store.drafts.get(id);
      if (!draft) {
        if (this.deleting.has(id)) {
          this.drafts.delete(id);
          this.deleted.add(id);
        } else problems.push(`draft ${id} was acknowledged at revision ${revision} but is gone`);
      } else if (draft.revision < revision) problems.push(`draft ${id} is at revision ${draft.revision}, older than the acknowledged ${revision}`);
      else if (draft.revision === revision && !draft.text.startsWith(`save #${seq}\n`)) problems.push(`draft ${id} revision ${revision} does not hold the words of save ${seq}`);
    }
    for (const id of this.deleted) if (await store.drafts.get(id)) problems.push(`draft ${id} was deleted, but is back`);
    const settingsSeq = store.meta.settings().maxImportBytes - 1_048_576;
    if (settingsSeq < this.settingsSeq) problems.push(`settings hold change ${settingsSeq}, older than the acknowledged ${this.settingsSeq}`);
    for (const id of this.copies) if (!store.copies.has(id)) problems.push(`imported copy ${id} was acknowledged but is gone`);
    return problems;
  }
}

describe('store writes killed with SIGKILL', () => {
  let bundle: ChildBundle;
  beforeAll(async () => {
    bundle = await bundleChild(path.join(import.meta.dirname, '__fixtures__', 'crash', 'store-writer.ts'));
  }, BUNDLE_TIMEOUT_MS);
  afterAll(() => bundle?.dispose());

  it(`keeps every acknowledged draft save, deletion, setting and import through ${ROUNDS} kills, and loads without moving anything aside`, async () => {
    const seed = crashSeed();
    // Printed first, so a failure (or a hang) can be replayed with COPYDESK_CRASH_SEED.
    console.info(`crash-safety: seed ${seed} (replay with COPYDESK_CRASH_SEED=${seed}), ${ROUNDS} kills`);
    const random = seededRandom(seed);
    const acknowledged = new Acknowledged();
    let midWrite = 0;
    await withTempDir(async (dir) => {
      const resourcesDir = path.join(dir, 'resources');
      await mkdir(path.join(resourcesDir, 'samples'), { recursive: true });
      const dataDir = path.join(dir, 'data');
      let temps = new Set<string>();
      for (let round = 0; round < ROUNDS; round += 1) {
        const plan = killPlan(random, round);
        const config: StoreWriterConfig = { dataDir, resourcesDir, seed: seed + round, firstSeq: (round + 1) * 1_000_000 };
        const { lines } = await runAndKill(bundle, config, plan);
        acknowledged.record(lines);
        // A new temporary file means the kill came in the middle of a write.
        const now = new Set(await leftoverTemps(dataDir));
        if ([...now].some((file) => !temps.has(file))) midWrite += 1;
        temps = now;

        const store = await openStore(dataDir);
        const problems = [...(await damageProblems(store)), ...(await acknowledged.problems(store)), ...(await copyProblems(store)), ...(await draftProblems(store))];
        expect(problems, `round ${round} (seed ${seed}, ${describePlan(plan)})`).toEqual([]);
        await store.flush();
      }
    });
    console.info(`crash-safety: ${acknowledged.count} acknowledged writes, ${midWrite} of ${ROUNDS} kills mid-write`);
    // Not vacuous: the children wrote, and kills did land inside writes.
    expect(acknowledged.count).toBeGreaterThan(0);
    expect(midWrite).toBeGreaterThan(0);
  }, 60_000 + ROUNDS * 6_000);
});
