import { lstat, mkdir, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { numberedFilename } from '../../../shared/domain/export';
import { EXPORT_FORMAT_IDS, type ExportFormat } from '../../../shared/domain/model';
import { TEMP_FILE_NAME, writeTempBeside } from '../store/atomic-write';
import { BUNDLE_TIMEOUT_MS, bundleChild, runAndKill, type ChildBundle } from '../store/__fixtures__/crash/crash-child';
import type { ExportWriterConfig } from '../store/__fixtures__/crash/crash-protocol';
import { between, crashRounds, crashSeed, describePlan, killPlan, seededRandom } from '../store/__fixtures__/crash/crash-random';
import { damageProblems, draftProblems } from '../store/__fixtures__/crash/store-check';
import { openStore } from '../store/open-store';
import { STALE_TEMP_AGE_MS } from '../store/stale-temps';
import { withTempDir } from '../store/test-support';
import { createServices } from './create-services';
import { renderDraft } from './draft-export';
import { cleanDraft, withExportServices } from './export-test-support';
import { callerOf, fakePipeline } from './test-support';

const ROUNDS = crashRounds(20);
const DRAFTS = 16;
/** The children export at this time, so the test knows every file's bytes. */
const EXPORT_TIME = '2026-03-02T10:00:00.000Z';

interface Expected {
  format: ExportFormat;
  bytes: Uint8Array;
}

/** Why a complete file of this format would not open, or null: proves the expected renders are real files. */
async function formatProblem(format: ExportFormat, bytes: Uint8Array): Promise<string | null> {
  if (format === 'docx') {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return value.trim() === '' ? 'the Word file has no text' : null;
  }
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  if (format === 'ninjs' || format === 'ninjs1') return (JSON.parse(text) as unknown) ? null : 'empty JSON';
  if (format === 'newsml' || format === 'nitf') return XMLValidator.validate(text) === true ? null : 'not well-formed XML';
  if (format === 'html') return /<\/html>\s*$/.test(text) ? null : 'the HTML does not end';
  return text.trim() === '' ? 'empty' : null;
}

/** Every draft in every format, as a complete export at EXPORT_TIME, by file name. */
async function expectedFiles(dataDir: string): Promise<Map<string, Expected>> {
  const store = await openStore(dataDir);
  const context = { quoteStyle: store.meta.settings().quoteStyle, now: new Date(EXPORT_TIME), sourceHeadline: () => null, credits: false };
  const expected = new Map<string, Expected>();
  for (const { id } of store.drafts.list()) {
    for (const format of EXPORT_FORMAT_IDS) {
      const file = await renderDraft((await store.drafts.get(id))!, format, context);
      const problem = await formatProblem(format, file.bytes);
      if (problem) throw new Error(`The render of ${file.filename} is not a valid ${format} file: ${problem}`);
      expected.set(file.filename, { format, bytes: file.bytes });
    }
  }
  return expected;
}

/** The complete file a name stands for: itself, or the file it numbers ("slug-3.nitf.xml"). */
function expectedFor(name: string, expected: ReadonlyMap<string, Expected>): Expected | undefined {
  const direct = expected.get(name);
  if (direct) return direct;
  for (const match of name.matchAll(/-(\d+)\./g)) {
    const n = Number(match[1]);
    for (const [filename, file] of expected) if (numberedFilename(filename, n) === name) return file;
  }
  return undefined;
}

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => a.byteLength === b.byteLength && Buffer.from(a).equals(Buffer.from(b));

/**
 * The export folder after a kill: every visible file is a complete export (byte for byte what the
 * exporter renders), every other file is a hidden temporary file of ours. Files already checked and
 * unchanged since are not read again (the folder grows with each numbered batch).
 */
async function folderProblems(folder: string, expected: ReadonlyMap<string, Expected>, checked: Map<string, string>): Promise<{ problems: string[]; temps: string[] }> {
  const problems: string[] = [];
  const temps: string[] = [];
  for (const name of await readdir(folder)) {
    const file = path.join(folder, name);
    if (TEMP_FILE_NAME.test(name)) {
      temps.push(file);
      continue;
    }
    const info = await lstat(file);
    const stamp = `${info.ino}:${info.size}:${info.mtimeMs}`;
    if (checked.get(name) === stamp) continue;
    const want = expectedFor(name, expected);
    if (!want) problems.push(`${name} is not a file the export writes`);
    else if (!sameBytes(await readFile(file), want.bytes)) problems.push(`${name} is not a complete ${want.format} file (${info.size} bytes, not ${want.bytes.byteLength})`);
    else checked.set(name, stamp);
  }
  return { problems, temps };
}

describe('batch export killed with SIGKILL', () => {
  let bundle: ChildBundle;
  beforeAll(async () => {
    bundle = await bundleChild(path.join(import.meta.dirname, '..', 'store', '__fixtures__', 'crash', 'export-writer.ts'));
  }, BUNDLE_TIMEOUT_MS);
  afterAll(() => bundle?.dispose());

  it(`leaves only complete files under final names through ${ROUNDS} kills, and the next export clears its stale temporary files`, async () => {
    const seed = crashSeed();
    console.info(`crash-export: seed ${seed} (replay with COPYDESK_CRASH_SEED=${seed}), ${ROUNDS} kills`);
    const random = seededRandom(seed);
    await withTempDir(async (dir) => {
      const resourcesDir = path.join(dir, 'resources');
      await mkdir(path.join(resourcesDir, 'samples'), { recursive: true });
      const dataDir = path.join(dir, 'data');
      const folder = path.join(dir, 'out');
      await mkdir(folder);

      // Drafts of a few lines to a few hundred kilobytes, so some files take many write calls.
      const setup = await createServices({ dataDir, resourcesDir, shell: 'cli', pipeline: fakePipeline, log: () => {}, now: () => new Date(EXPORT_TIME) });
      const call = callerOf(setup.handlers);
      for (let n = 0; n < DRAFTS; n += 1) {
        const title = `Crash export ${n} bridge plan`;
        const paragraph = `Councillors approved bridge plan ${n} on Tuesday after a long debate.`;
        const lines = Array.from({ length: random() < 0.25 ? between(random, 1_000, 3_000) : between(random, 2, 20) }, () => paragraph);
        await call('drafts.save', { storyId: null, title, content: '{}', text: [title, ...lines].join('\n') });
      }
      await setup.close();
      const expected = await expectedFiles(dataDir);

      const checked = new Map<string, string>();
      const seenTemps = new Set<string>();
      let midWrite = 0;
      for (let round = 0; round < ROUNDS; round += 1) {
        // A batch is 8 file writes a draft and one store write: aim at the whole of it, not only its start.
        const plan = killPlan(random, round, DRAFTS * 9);
        const config: ExportWriterConfig = { dataDir, resourcesDir, seed: seed + round, folder, now: EXPORT_TIME, noHardLinks: round % 2 === 1 };
        await runAndKill(bundle, config, plan);
        const { problems, temps } = await folderProblems(folder, expected, checked);
        if (temps.some((file) => !seenTemps.has(file))) midWrite += 1;
        for (const file of temps) seenTemps.add(file);

        const store = await openStore(dataDir);
        problems.push(...(await damageProblems(store)), ...(await draftProblems(store)));
        if (store.drafts.count !== DRAFTS) problems.push(`the store holds ${store.drafts.count} drafts, not ${DRAFTS}`);
        expect(problems, `round ${round} (seed ${seed}, ${describePlan(plan)})`).toEqual([]);
        await store.flush();
      }
      console.info(`crash-export: ${checked.size} complete files checked, ${midWrite} of ${ROUNDS} kills mid-write`);
      expect(checked.size).toBeGreaterThan(0);
      expect(midWrite).toBeGreaterThan(0);

      // The temporary files the kills left (one more, in case a child's export already cleared them: a loop
      // longer than a minute makes the first ones stale), made old enough to be stale; and one being written now.
      const left = (await readdir(folder)).filter((name) => TEMP_FILE_NAME.test(name)).map((name) => path.join(folder, name));
      left.push(await writeTempBeside(path.join(folder, 'left-by-a-crash.txt'), 'half'));
      for (const file of left) await utimes(file, new Date(Date.now() - STALE_TEMP_AGE_MS - 1_000), new Date(Date.now() - STALE_TEMP_AGE_MS - 1_000));
      const live = await writeTempBeside(path.join(folder, 'being-written.txt'), 'half');
      const services = await createServices({ dataDir, resourcesDir, shell: 'cli', pipeline: fakePipeline, log: () => {} });
      try {
        const drafts = (await callerOf(services.handlers)('drafts.list')).map((d) => d.id);
        await callerOf(services.handlers)('export.batch', { drafts: drafts.slice(0, 1), formats: ['txt'], folder, ifExists: 'replace' });
      } finally {
        await services.close();
      }
      expect((await readdir(folder)).filter((name) => TEMP_FILE_NAME.test(name))).toEqual([path.basename(live)]);
    });
  }, 60_000 + ROUNDS * 12_000);
});

describe('export.write after a crash', () => {
  it('clears the stale temporary files of our own naming in the folder it writes to, and only those', async () => {
    await withExportServices(async ({ call, out }) => {
      const draft = await cleanDraft(call, 'Bridge plan approved');
      const stale = await writeTempBeside(path.join(out, 'bridge.docx'), 'half a Word file');
      const fresh = await writeTempBeside(path.join(out, 'bridge.md'), 'being written by another process');
      await writeFile(path.join(out, '.notes.tmp'), 'not ours');
      for (const file of [stale, path.join(out, '.notes.tmp')]) await utimes(file, new Date(Date.now() - STALE_TEMP_AGE_MS - 1_000), new Date(Date.now() - STALE_TEMP_AGE_MS - 1_000));
      await call('export.write', { id: draft.id, format: 'txt', path: path.join(out, 'bridge.txt') });
      expect((await readdir(out)).sort()).toEqual(['.notes.tmp', path.basename(fresh), 'bridge.txt'].sort());
    });
  });
});

