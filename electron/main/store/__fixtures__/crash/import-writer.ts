import { createServices } from '../../../services/create-services';
import { base64 } from '../../../services/import-test-support';
import { callerOf, fakePipeline } from '../../../services/test-support';
import { announcingOps, announcingWriter } from './announcing-ops';
import { crashPages } from './crash-pages';
import { between, seededRandom } from './crash-random';
import { childConfig, sayAck, sayIntent, sayReady, type ImportWriterConfig } from './crash-protocol';

/**
 * Crash child: imports the crash pages through import.files, in chunks of 1 to 12 files, in a seeded order,
 * over and over (what is stored already is a duplicate; a page a killed child left out is imported), deleting
 * a few pages' copies now and then. Each imported copy is acknowledged with its fingerprint.
 */

const config = childConfig<ImportWriterConfig>();
const random = seededRandom(config.seed);
const writer = announcingWriter(announcingOps(config));
const services = await createServices({ dataDir: config.dataDir, resourcesDir: config.resourcesDir, shell: 'cli', pipeline: fakePipeline, log: () => {}, store: { writer } });
const call = callerOf(services.handlers);
const pages = crashPages(config.pagesSeed);

/**
 * Deletes the copies of a few imported pages, a page at a time (one write of the index takes a page's copies
 * out together), so a store that holds every page still has imports to write, and kills also land in
 * deletions. Each copy is announced before (it may be gone without an ack) and acknowledged after.
 */
async function deleteSomePages(): Promise<void> {
  const bySource = new Map<string, string[]>();
  for (const copy of (await call('library.list', {})).copies) bySource.set(copy.origin.source, [...(bySource.get(copy.origin.source) ?? []), copy.id]);
  const sources = [...bySource.keys()];
  for (let n = between(random, 1, 4); n > 0 && sources.length > 0; n -= 1) {
    const ids = bySource.get(sources.splice(Math.floor(random() * sources.length), 1)[0]!)!;
    for (const id of ids) sayIntent('delete', id);
    await call('copies.delete', { ids });
    for (const id of ids) sayAck('deleted', id, 0);
  }
}

sayReady();
for (;;) {
  const order = pages.map((page) => ({ page, key: random() })).sort((a, b) => a.key - b.key);
  for (let at = 0; at < order.length; ) {
    const chunk = order.slice(at, (at += between(random, 1, 12)));
    const report = await call('import.files', { files: chunk.map(({ page }) => ({ name: page.name, dataBase64: base64(page.text) })) });
    for (const copy of report.imported) sayAck('copy', copy.id, 1, copy.fingerprint);
    if (random() < 0.2) await deleteSomePages();
  }
}
