import { createServices } from '../../../services/create-services';
import { callerOf, fakePage, fakePipeline } from '../../../services/test-support';
import { between, seededRandom } from './crash-random';
import { announcingOps, announcingWriter } from './announcing-ops';
import { childConfig, sayAck, sayIntent, sayReady, type StoreWriterConfig } from './crash-protocol';

/**
 * Crash child: opens the store with the real services and writes without pause until it is killed: drafts
 * created, autosaved and checkpointed (some large enough that one write takes many chunks), drafts deleted,
 * settings changed, pages imported. Every write is numbered (`seq`) and acknowledged once it resolved.
 */

const config = childConfig<StoreWriterConfig>();
const random = seededRandom(config.seed);
const writer = announcingWriter(announcingOps(config));
const services = await createServices({ dataDir: config.dataDir, resourcesDir: config.resourcesDir, shell: 'cli', pipeline: fakePipeline, log: () => {}, store: { writer } });
const call = callerOf(services.handlers);

/** Drafts this child may edit, with the revision each is at. */
const drafts = new Map<string, number>();
for (const summary of await call('drafts.list')) drafts.set(summary.id, summary.revision);

/**
 * A draft's words: mostly a few lines, sometimes 100–300 KB, now and then about a megabyte (four write chunks
 * and more, so a kill can land between two of them). Imported pages stay small: copies are never deleted
 * here, and 200 rounds must not grow the store by gigabytes.
 */
function bodyText(seq: number, large = true): string {
  const roll = large ? random() : 0;
  const size = roll < 0.75 ? between(random, 100, 4_000) : roll < 0.96 ? between(random, 100_000, 300_000) : between(random, 900_000, 1_100_000);
  const sentence = `Save ${seq} keeps the words of the council story. `;
  return `save #${seq}\n${sentence.repeat(Math.ceil(size / sentence.length))}`;
}

const MAX_DRAFTS = 30;

const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];

async function step(seq: number): Promise<void> {
  const roll = random();
  const existing = pick([...drafts.keys()]);
  // Past a few dozen drafts, a deletion instead of a new one: 200 rounds keep a store of bounded size.
  if (existing === undefined || (roll < 0.12 && drafts.size < MAX_DRAFTS)) {
    const draft = await call('drafts.save', { storyId: null, title: `Draft ${seq}`, content: '{}', text: bodyText(seq) });
    drafts.set(draft.id, draft.revision);
    sayAck('draft', draft.id, draft.revision, String(seq));
  } else if (roll < 0.15) {
    sayIntent('delete', existing);
    await call('drafts.delete', { id: existing });
    drafts.delete(existing);
    sayAck('deleted', existing, 0);
  } else if (roll < 0.65) {
    const draft = await call('drafts.save', { id: existing, storyId: null, title: `Draft ${seq}`, content: '{}', text: bodyText(seq), baseRevision: drafts.get(existing), checkpoint: random() < 0.3 });
    drafts.set(existing, draft.revision);
    sayAck('draft', existing, draft.revision, String(seq));
  } else if (roll < 0.8) {
    // The import limit doubles as a counter: a later setting has a larger value.
    await call('settings.update', { maxImportBytes: 1_048_576 + seq });
    sayAck('settings', 'meta', seq);
  } else {
    // A shared lead puts the copy into an existing story (the fake grouper matches first paragraphs).
    const lead = random() < 0.3 ? `Shared lead ${between(random, 1, 5)}.` : `Lead of import ${seq}.`;
    const articles = Array.from({ length: between(random, 1, 3) }, (_, n) => ({ headline: `Import ${seq}.${n}`, outlet: 'Wire', paragraphs: [n === 0 ? lead : `Lead ${seq}.${n}.`, bodyText(seq, false).replace(/\n/g, ' ')] }));
    const report = await call('import.text', { text: fakePage(...articles), source: `page-${seq}.txt` });
    for (const copy of report.imported) sayAck('copy', copy.id, 1, String(seq));
  }
}

sayReady();
for (let seq = config.firstSeq; ; seq += 1) await step(seq);
