import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../../shared/api/contract';
import type { ApiEventPayload } from '../../shared/api/events';
import { importOpenedFiles } from './opened-imports';

const report: ImportReport = { imported: [], duplicates: [], failed: [], cancelled: false, skipped: 1 };

function setUp(importPaths: (paths: readonly string[]) => Promise<ImportReport>) {
  const log: string[] = [];
  const sent: ApiEventPayload<'import.opened'>[] = [];
  let ready!: () => void;
  const handler = importOpenedFiles({
    handOver: { importPaths: (paths) => (log.push(`import ${paths.join(',')}`), importPaths(paths)) },
    pick: async () => report,
    events: { emit: (event, payload) => void (event === 'import.opened' && sent.push(payload as ApiEventPayload<'import.opened'>)) },
    pageReady: () => new Promise<void>((resolve) => (ready = resolve)),
  });
  return { handler, log, sent, ready: () => ready() };
}

describe('importOpenedFiles', () => {
  it('waits for the page, then announces the import, runs it and sends its report', async () => {
    const { handler, log, sent, ready } = setUp(async () => report);
    const done = handler(['/in/a.txt', '/in/b.xml']);
    await Promise.resolve();
    expect(log).toEqual([]);
    expect(sent).toEqual([]);
    ready();
    await done;
    expect(log).toEqual(['import /in/a.txt,/in/b.xml']);
    expect(sent).toEqual([{ phase: 'started' }, { phase: 'finished', report }]);
  });

  it('ends an import that threw with a report naming each file, so the page never waits forever', async () => {
    const { handler, sent, ready } = setUp(async () => {
      throw new Error('the store is read-only');
    });
    const done = handler(['/in/a.txt', 'C:/in/b.xml']);
    ready();
    await done;
    expect(sent.at(-1)).toEqual({
      phase: 'finished',
      report: {
        imported: [],
        duplicates: [],
        failed: [
          { source: 'a.txt', message: 'the store is read-only' },
          { source: 'b.xml', message: 'the store is read-only' },
        ],
        cancelled: false,
        skipped: 0,
      },
    });
  });
});
