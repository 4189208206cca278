import { EXPORT_FORMAT_IDS } from '../../../../../shared/domain/model';
import { createServices } from '../../../services/create-services';
import { callerOf, fakePipeline } from '../../../services/test-support';
import { announcingOps, announcingWriter } from './announcing-ops';
import { seededRandom } from './crash-random';
import { childConfig, sayAck, sayReady, type ExportWriterConfig } from './crash-protocol';

/**
 * Crash child: exports every draft of the store in every format into one folder, batch after batch (in a new
 * order each time; mostly replacing the files, sometimes numbering new ones beside them), at a fixed time so
 * the test knows each file's exact bytes. Both the export files and the store writes (the export history)
 * announce themselves. When told, it acts as a disk without hard links.
 */

const config = childConfig<ExportWriterConfig>();
const random = seededRandom(config.seed);
// One count of writes over the export files and the store's, so a kill can be aimed at either.
const ops = announcingOps(config);
const writer = announcingWriter(ops);
const noLink = () => Promise.reject(Object.assign(new Error('ENOTSUP: operation not supported, link'), { code: 'ENOTSUP' }));
const exportOps = config.noHardLinks ? { ...ops, link: noLink } : ops;
const now = new Date(config.now);
const services = await createServices({
  dataDir: config.dataDir,
  resourcesDir: config.resourcesDir,
  shell: 'cli',
  pipeline: fakePipeline,
  log: () => {},
  now: () => now,
  exportOps,
  store: { writer },
});
const call = callerOf(services.handlers);
const drafts = (await call('drafts.list')).map((d) => d.id);

sayReady();
for (let batch = 1; ; batch += 1) {
  // Without hard links, numbering (the exclusive move) is what needs the kills.
  const ifExists = random() < (config.noHardLinks ? 0.6 : 0.85) ? 'replace' : 'number';
  // A new order each batch: kills early in a batch then still reach every draft's files over the rounds.
  const order = drafts.map((id) => ({ id, key: random() })).sort((a, b) => a.key - b.key).map(({ id }) => id);
  const report = await call('export.batch', { drafts: order, formats: [...EXPORT_FORMAT_IDS], folder: config.folder, ifExists, force: true });
  if (report.failed.length > 0) throw new Error(`export failed: ${JSON.stringify(report.failed)}`);
  sayAck('batch', String(batch), report.written.length);
}
