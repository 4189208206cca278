import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildDraftDocument, draftFromPlan, draftText, fieldsFromVersions, serializeDraftDocument } from '../shared/domain/draft';
import { fingerprint } from '../shared/domain/fingerprint';
import { mergeStory, NEWEST_POLICY, type MergePlan } from '../shared/domain/merge';
import type { Draft, DraftStatus, Story } from '../shared/domain/model';
import { revisionOf } from '../electron/main/services/draft-revisions';
import { openStore, type Store } from '../electron/main/store/open-store';
import type { StoredCopy } from '../electron/main/store/store-files';
import { agencyStory, between, headline, outletNames, outletVersion, pick, seededId, seededRandom, storySeed, type StorySeed } from './store-text';

/**
 * `npm run generate-store -- DIR [--copies 50000] [--drafts 2000] [--seed 1] [--force]`: a realistic store
 * for scale tests and benches, written through the store's own repositories (so it is exactly what the app
 * writes, shards, index and revision files included) and the same for the same seed. Copies come in stories
 * of 1 to 8 outlets' versions of one agency story; drafts are real merges of those stories (the merge plan
 * and the draft builder the Merge tab uses), each with a few kept revisions.
 */

export interface GenerateOptions {
  copies: number;
  drafts?: number;
  seed?: number;
  /** Write into a folder that already holds files (adding to the store there); refused otherwise. */
  force?: boolean;
  /** Progress lines; silent by default. */
  log?: (line: string) => void;
}

export interface GeneratedCounts {
  copies: number;
  stories: number;
  drafts: number;
  revisions: number;
}

const OUTLETS = outletNames(40);
const MAX_VERSIONS = 8;
/** Agency stories run from brief items to long features; squared so most are the usual few hundred words. */
const MIN_WORDS = 300;
const EXTRA_WORDS = 1700;
/** The draft sizes: merges of stories with at least this many words (the longest is about 2,000). */
const MIN_DRAFT_WORDS = 500;
const NEWEST = Date.UTC(2026, 10, 27, 18, 0);
const IMPORTED_AT = new Date(NEWEST + 3_600_000).toISOString();
/** Drafts written at once: each write ends in an fsync, and waiting for them one by one leaves the disk idle. */
const PARALLEL_DRAFTS = 32;

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
/** As an outlet prints it ("27 Nov 2026 09:14"); spelled out by hand because Intl costs a formatter per call. */
const printed = (ms: number): string => {
  const at = new Date(ms);
  return `${at.getUTCDate()} ${MONTHS[at.getUTCMonth()]!} ${at.getUTCFullYear()} ${String(at.getUTCHours()).padStart(2, '0')}:${String(at.getUTCMinutes()).padStart(2, '0')}`;
};

interface GeneratedStory {
  story: Story;
  seed: StorySeed;
  words: number;
  copies: StoredCopy[];
}

/** One story's versions, published over a few hours by distinct outlets; the earliest headline titles it. */
function makeStory(random: () => number, index: number, versions: number, seen: Set<string>): GeneratedStory {
  const seed = storySeed(random);
  const words = MIN_WORDS + Math.floor(random() ** 2 * EXTRA_WORDS);
  const agency = agencyStory(random, seed, words);
  const storyId = seededId(random);
  const first = NEWEST - index * 180_000 - between(random, 0, 170_000);
  const outletStart = between(random, 0, OUTLETS.length - 1);
  const copies: StoredCopy[] = [];
  for (let v = 0; v < versions; v += 1) {
    let paragraphs = outletVersion(random, seed, agency);
    // Republished copy is never byte-identical across outlets, and the store refuses duplicates anyway.
    while (seen.has(fingerprint(paragraphs))) paragraphs = outletVersion(random, seed, agency);
    const print = fingerprint(paragraphs);
    seen.add(print);
    const outlet = OUTLETS[(outletStart + v * 7) % OUTLETS.length]!;
    const at = first + v * between(random, 5, 90) * 60_000;
    copies.push({
      id: seededId(random),
      fingerprint: print,
      origin: { source: `${outlet.toLowerCase().replace(/ /g, '-')}-${index}.html`, format: 'html', index: 0 },
      outlet,
      headline: v === 0 || random() < 0.4 ? headline(random, seed) : null,
      published: printed(at),
      publishedAt: new Date(at).toISOString(),
      byline: random() < 0.7 ? `By ${seed.person}` : null,
      dateline: seed.town.toUpperCase(),
      paragraphs,
      removed: random() < 0.5 ? ['Advertisement', `Read more from ${outlet}`] : [],
      importedAt: IMPORTED_AT,
      storyId,
      layout: { removedBefore: 0, restoredBefore: 0 },
    });
  }
  for (const copy of copies) copy.headline ??= copies[0]!.headline;
  const at = new Date(first).toISOString();
  return { story: { id: storyId, headline: copies[0]!.headline, copyIds: copies.map((c) => c.id), createdAt: at, updatedAt: at }, seed, words, copies };
}

function makeStories(random: () => number, total: number): GeneratedStory[] {
  const stories: GeneratedStory[] = [];
  const seen = new Set<string>();
  for (let made = 0; made < total; ) {
    const versions = Math.min(total - made, 1 + Math.floor(random() ** 2 * MAX_VERSIONS));
    stories.push(makeStory(random, stories.length, versions, seen));
    made += versions;
  }
  return stories;
}

const STATUSES: readonly DraftStatus[] = ['draft', 'draft', 'draft', 'ready', 'exported'];

/** A draft merged from `source`, created and then sub-edited and saved one to three more times (each kept). */
async function writeDraft(store: Store, random: () => number, source: GeneratedStory, index: number): Promise<number> {
  const merged = mergeStory(source.copies, NEWEST_POLICY);
  if (!merged.ok) throw new Error(`Generated story ${source.story.id} did not merge: ${merged.problem}`);
  const plan: MergePlan = merged.plan;
  const createdAt = NEWEST + 4 * 3_600_000 + index * 60_000;
  const draft: Draft = {
    id: seededId(random),
    storyId: source.story.id,
    status: pick(random, STATUSES),
    revision: 1,
    createdAt: new Date(createdAt).toISOString(),
    updatedAt: new Date(createdAt).toISOString(),
    exports: [],
    ...draftFromPlan(plan, source.copies),
  };
  await store.drafts.create(draft, revisionOf(draft, 'created'));
  const edits = between(random, 1, 3);
  for (let edit = 1; edit <= edits; edit += 1) {
    // A sub-editor's pass: a sharper headline and a standfirst, the body as merged.
    const fields = { ...fieldsFromVersions(plan, source.copies), headline: `${plan.headline ?? source.seed.town}: ${source.seed.person} speaks out`, standfirst: `Update ${edit} on the ${source.seed.topic} row in ${source.seed.town}.` };
    const document = buildDraftDocument(plan, fields);
    const updatedAt = new Date(createdAt + edit * 600_000).toISOString();
    await store.drafts.revise(draft.id, ({ draft: current }) => {
      const next: Draft = { ...current, title: fields.headline, content: serializeDraftDocument(document), text: draftText(document), revision: current.revision + 1, updatedAt };
      return { draft: next, keep: [revisionOf(next, 'saved')] };
    });
  }
  return 1 + edits;
}

/** Stories long enough for the drafts the issue asks for, with more than one version where there are enough. */
function draftSources(stories: readonly GeneratedStory[], drafts: number): GeneratedStory[] {
  const long = stories.filter((s) => s.words >= MIN_DRAFT_WORDS);
  const merged = long.filter((s) => s.copies.length > 1);
  const pool = merged.length >= drafts ? merged : long.length > 0 ? long : [...stories];
  if (pool.length === 0) return [];
  // Spread over the whole library (old and new stories), repeating stories only when there are too few.
  return Array.from({ length: drafts }, (_, i) => pool[Math.floor((i * pool.length) / drafts) % pool.length]!);
}

async function checkFolder(dir: string, force: boolean): Promise<void> {
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    await mkdir(dir, { recursive: true });
    return;
  }
  if (entries.length > 0 && !force) {
    throw new Error(`${dir} is not empty (${entries.length} entries): generate into a new folder, or pass --force to add to the store there.`);
  }
}

export async function generateStore(dir: string, options: GenerateOptions): Promise<GeneratedCounts> {
  const { copies: total, drafts = 0, seed = 1, force = false, log = () => {} } = options;
  if (!Number.isInteger(total) || total < 0 || !Number.isInteger(drafts) || drafts < 0) throw new Error('The copy and draft counts must be whole numbers, 0 or more.');
  if (drafts > 0 && total === 0) throw new Error('Drafts are merges of stored stories: generate some copies with them.');
  await checkFolder(dir, force);
  const random = seededRandom(seed);
  log(`generating ${total.toLocaleString('en')} copies…`);
  const stories = makeStories(random, total);
  const store = await openStore(dir);
  const problems = store.health.notices();
  if (problems.length > 0) throw new Error(`${dir}: ${problems.map((n) => n.message).join(' ')}`);
  log(`writing ${stories.length.toLocaleString('en')} stories…`);
  await store.copies.addMany(stories.flatMap((s) => s.copies));
  await store.stories.upsertMany(stories.map((s) => s.story));
  // A store that is not new: opening it must not import the sample.
  await store.meta.markSeeded();
  let revisions = 0;
  const sources = draftSources(stories, drafts);
  for (let start = 0; start < sources.length; start += PARALLEL_DRAFTS) {
    if (start % (PARALLEL_DRAFTS * 10) === 0) log(`writing drafts ${(start + 1).toLocaleString('en')}–${Math.min(start + PARALLEL_DRAFTS * 10, sources.length).toLocaleString('en')} of ${sources.length.toLocaleString('en')}…`);
    const batch = sources.slice(start, start + PARALLEL_DRAFTS);
    // Each draft's random stream is derived from its index, so writing them in parallel stays deterministic.
    const written = await Promise.all(batch.map((source, i) => writeDraft(store, seededRandom(seed * 1_000_003 + start + i), source, start + i)));
    revisions += written.reduce((a, b) => a + b, 0);
  }
  await store.flush();
  return { copies: total, stories: stories.length, drafts: sources.length, revisions };
}

const USAGE = 'Usage: npm run generate-store -- DIR [--copies 50000] [--drafts 2000] [--seed 1] [--force]';

function parseArgs(argv: readonly string[]): { dir: string } & GenerateOptions {
  let dir: string | undefined;
  const options = { copies: 50_000, drafts: 2_000, seed: 1, force: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--force') options.force = true;
    else if (arg === '--copies' || arg === '--drafts' || arg === '--seed') {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 0) throw new Error(`${arg} needs a whole number, 0 or more. ${USAGE}`);
      options[arg.slice(2) as 'copies' | 'drafts' | 'seed'] = value;
    } else if (!arg.startsWith('--') && dir === undefined) dir = arg;
    else throw new Error(`Unknown argument ${arg}. ${USAGE}`);
  }
  if (!dir) throw new Error(`Name the folder to generate into. ${USAGE}`);
  return { dir: path.resolve(dir), ...options };
}

async function main(): Promise<void> {
  const { dir, ...options } = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const made = await generateStore(dir, { ...options, log: (line) => process.stderr.write(`${((Date.now() - started) / 1000).toFixed(1)} s  ${line}\n`) });
  process.stdout.write(
    `Generated ${made.copies.toLocaleString('en')} copies in ${made.stories.toLocaleString('en')} stories and ${made.drafts.toLocaleString('en')} drafts (${made.revisions.toLocaleString('en')} kept revisions) in ${dir}, ${((Date.now() - started) / 1000).toFixed(1)} s.\n`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    process.stderr.write(`generate-store: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
