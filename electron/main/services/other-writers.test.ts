import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withTempDir } from '../store/test-support';
import { createServices } from './create-services';
import { callerOf, fakePage, fakePipeline } from './test-support';

describe('watchOtherWriters', () => {
  it('announces a change another process made while nobody called, and answers the next call from it', async () => {
    await withTempDir(async (dir) => {
      const open = () => createServices({ dataDir: dir, resourcesDir: path.join(dir, 'none'), shell: 'cli', pipeline: fakePipeline, log: () => {} });
      // Two services on one folder, each with its own memory: what the app and the CLI are.
      const [app, cli] = [await open(), await open()];
      const reasons: string[] = [];
      const announced = new Promise<void>((resolve) =>
        app.events.on('library.changed', ({ reason }) => {
          reasons.push(reason);
          resolve();
        }),
      );
      const page = fakePage({ headline: 'Ferry strike called off', outlet: 'Coast News', paragraphs: ['Ferry crews called off the strike.'] });
      const report = await callerOf(cli.handlers)('import.text', { text: page, source: 'cli.txt' });
      await announced;
      expect(reasons).toEqual(['changed-elsewhere']);
      const library = await callerOf(app.handlers)('library.list', {});
      expect(library.copies.map((c) => c.id)).toEqual(report.imported.map((c) => c.id));
      await Promise.all([app.close(), cli.close()]);
    });
  });
});
