import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_TIMEOUT_MS, bundleChild, runAndKill, type ChildBundle } from '../store/__fixtures__/crash/crash-child';
import { crashPages, pageFingerprints } from '../store/__fixtures__/crash/crash-pages';
import { parseAck, parseIntent, type ImportWriterConfig } from '../store/__fixtures__/crash/crash-protocol';
import { crashRounds, crashSeed, describePlan, killPlan, seededRandom } from '../store/__fixtures__/crash/crash-random';
import { copyProblems, damageProblems, leftoverTemps } from '../store/__fixtures__/crash/store-check';
import { openStore, type Store } from '../store/open-store';
import { withTempDir } from '../store/test-support';
import { createServices } from './create-services';
import { base64 } from './import-test-support';
import { callerOf, fakePipeline } from './test-support';

const ROUNDS = crashRounds(20);

/** Pages imported in part: each page's articles go in together, in one commit, or not at all. */
function pageProblems(store: Store, pages: ReturnType<typeof crashPages>): string[] {
  const stored = new Set(store.copies.peekSummaries().map((s) => s.fingerprint));
  return pages.flatMap((page) => {
    const fingerprints = pageFingerprints(page);
    const present = fingerprints.filter((f) => stored.has(f)).length;
    return present === 0 || present === fingerprints.length ? [] : [`${page.name}: ${present} of its ${fingerprints.length} articles are stored`];
  });
}

describe('import killed with SIGKILL', () => {
  let bundle: ChildBundle;
  beforeAll(async () => {
    bundle = await bundleChild(path.join(import.meta.dirname, '..', 'store', '__fixtures__', 'crash', 'import-writer.ts'));
  }, BUNDLE_TIMEOUT_MS);
  afterAll(() => bundle?.dispose());

  it(`stores (and deletes) each copy whole or not at all through ${ROUNDS} kills, and importing again completes the library without duplicates`, async () => {
    const seed = crashSeed();
    console.info(`crash-import: seed ${seed} (replay with COPYDESK_CRASH_SEED=${seed}), ${ROUNDS} kills`);
    const random = seededRandom(seed);
    const pages = crashPages(seed);
    const acknowledged = new Set<string>();
    const deleted = new Set<string>();
    let midWrite = 0;
    let repaired = 0;
    await withTempDir(async (dir) => {
      const resourcesDir = path.join(dir, 'resources');
      await mkdir(path.join(resourcesDir, 'samples'), { recursive: true });
      const dataDir = path.join(dir, 'data');
      const seenTemps = new Set<string>();
      for (let round = 0; round < ROUNDS; round += 1) {
        // An import commit writes its shards (up to 8 at once), then the index, then the stories: aim at all.
        const plan = killPlan(random, round, 40);
        const config: ImportWriterConfig = { dataDir, resourcesDir, seed: seed + round, pagesSeed: seed };
        const { lines } = await runAndKill(bundle, config, plan);
        for (const line of lines) {
          const ack = parseAck(line);
          if (ack?.kind === 'copy') acknowledged.add(ack.id);
          if (ack?.kind === 'deleted') deleted.add(ack.id);
          // A copy being deleted may be gone without its ack: it is no longer promised.
          const intent = parseIntent(line);
          if (intent?.kind === 'delete') acknowledged.delete(intent.id);
        }
        const temps = await leftoverTemps(dataDir);
        if (temps.some((file) => !seenTemps.has(file))) midWrite += 1;
        for (const file of temps) seenTemps.add(file);

        // Opening repairs what a kill between the copies and their stories left (as the app does on start).
        const store = await openStore(dataDir);
        const lost = [...acknowledged].filter((id) => !store.copies.has(id)).map((id) => `imported copy ${id} was acknowledged but is gone`);
        lost.push(...[...deleted].filter((id) => store.copies.has(id)).map((id) => `copy ${id} was deleted, but is back`));
        const problems = [...(await damageProblems(store)), ...(await copyProblems(store)), ...pageProblems(store, pages), ...lost];
        expect(problems, `round ${round} (seed ${seed}, ${describePlan(plan)})`).toEqual([]);
        // The start that follows a kill between an import's copies and its stories completes the stories.
        if (store.health.notices().some((n) => n.kind === 'migrated')) repaired += 1;
        await store.flush();
      }
      console.info(`crash-import: ${midWrite} of ${ROUNDS} kills mid-write, ${repaired} unfinished imports completed on start`);
      expect(acknowledged.size).toBeGreaterThan(0);
      expect(midWrite).toBeGreaterThan(0);

      // Importing every page again completes the half-done import: each article exactly once.
      const everyArticle = pages.flatMap(pageFingerprints);
      const before = (await openStore(dataDir)).copies.count;
      const services = await createServices({ dataDir, resourcesDir, shell: 'cli', pipeline: fakePipeline, log: () => {} });
      try {
        const call = callerOf(services.handlers);
        const report = await call('import.files', { files: pages.map((page) => ({ name: page.name, dataBase64: base64(page.text) })) });
        expect(report.failed).toEqual([]);
        expect(report.imported.length).toBe(everyArticle.length - before);
        expect(report.duplicates.length).toBe(before);
      } finally {
        await services.close();
      }
      const store = await openStore(dataDir);
      expect(store.copies.peekSummaries().map((s) => s.fingerprint).sort()).toEqual([...everyArticle].sort());
      expect([...(await damageProblems(store)), ...(await copyProblems(store))]).toEqual([]);
      console.info(`crash-import: ${acknowledged.size} acknowledged copies, ${deleted.size} deletions; ${everyArticle.length} articles in ${pages.length} pages`);
    });
  }, 60_000 + ROUNDS * 10_000);
});

