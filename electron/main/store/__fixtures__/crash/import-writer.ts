import { createServices } from '../../../services/create-services';
import { base64 } from '../../../services/import-test-support';
import { callerOf, fakePipeline } from '../../../services/test-support';
import { announcingOps, announcingWriter } from './announcing-ops';
import { crashPages } from './crash-pages';
import { between, seededRandom } from './crash-random';
import { childConfig, sayAck, sayReady, type ImportWriterConfig } from './crash-protocol';

/**
 * Crash child: imports the crash pages through import.files, in chunks of 1 to 12 files, in a seeded order,
 * over and over (after the first pass everything is a duplicate, and a page the killed child left half done
 * is completed). Each imported copy is acknowledged with its fingerprint.
 */

const config = childConfig<ImportWriterConfig>();
const random = seededRandom(config.seed);
const writer = announcingWriter(announcingOps(config));
const services = await createServices({ dataDir: config.dataDir, resourcesDir: config.resourcesDir, shell: 'cli', pipeline: fakePipeline, log: () => {}, store: { writer } });
const call = callerOf(services.handlers);
const pages = crashPages(config.pagesSeed);

sayReady();
for (;;) {
  const order = pages.map((page) => ({ page, key: random() })).sort((a, b) => a.key - b.key);
  for (let at = 0; at < order.length; ) {
    const chunk = order.slice(at, (at += between(random, 1, 12)));
    const report = await call('import.files', { files: chunk.map(({ page }) => ({ name: page.name, dataBase64: base64(page.text) })) });
    for (const copy of report.imported) sayAck('copy', copy.id, 1, copy.fingerprint);
  }
}
