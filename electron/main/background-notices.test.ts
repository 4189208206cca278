import { describe, expect, it } from 'vitest';
import type { ExportBatchReport, ImportReport } from '../../shared/api/contract';
import type { ApiHandlers } from '../../shared/api/dispatch';
import { withCompletionNotices } from './background-notices';
import type { Notice } from './completion-notice';

// Stand-in handlers and a hand-set clock and focus: what is checked is which finished calls notify.

const manyFiles: ImportReport = {
  imported: Array.from({ length: 10 }, (_, i) => ({ origin: { source: `f${i}.txt` } }) as ImportReport['imported'][number]),
  duplicates: [],
  failed: [],
  cancelled: false,
  skipped: 0,
};
const oneFile: ImportReport = { ...manyFiles, imported: manyFiles.imported.slice(0, 1) };
const exported: ExportBatchReport = { written: [], skipped: [], failed: [], created: [], cancelled: false };

function setUp(pickReport: ImportReport, pickTakesMs = 0) {
  const state = { clock: 0, background: true, shown: [] as Notice[] };
  const handlers = {
    'import.pick': async () => {
      state.clock += pickTakesMs;
      return pickReport;
    },
    'export.batch': async () => exported,
    'import.cancel': () => ({ cancelled: false }),
  } as unknown as ApiHandlers;
  const wrapped = withCompletionNotices(handlers, { inBackground: () => state.background, show: (n) => state.shown.push(n), now: () => state.clock });
  return { state, wrapped, handlers };
}

describe('withCompletionNotices', () => {
  it('notifies when a long import ends while the window is in the background, and passes the report on', async () => {
    const { state, wrapped } = setUp(manyFiles, 1);
    const answer = wrapped['import.pick']({ kind: 'files' });
    // The wrapped call starts at once, not after a tick: files handed over by the OS rely on it (handed-paths.ts).
    expect(state.clock).toBe(1);
    expect(await answer).toBe(manyFiles);
    expect(state.shown).toEqual([{ title: 'Import finished', body: 'Imported 10 files' }]);
  });

  it('stays quiet when the window has the focus, or the import was short and quick', async () => {
    const focused = setUp(manyFiles);
    focused.state.background = false;
    await focused.wrapped['import.pick']({ kind: 'files' });
    expect(focused.state.shown).toEqual([]);
    const quick = setUp(oneFile, 100);
    await quick.wrapped['import.pick']({ kind: 'files' });
    expect(quick.state.shown).toEqual([]);
  });

  it('times the import: one slow file notifies', async () => {
    const slow = setUp(oneFile, 6_000);
    await slow.wrapped['import.pick']({ kind: 'files' });
    expect(slow.state.shown).toEqual([{ title: 'Import finished', body: 'Imported 1 file' }]);
  });

  it('notifies when a batch export ends in the background, naming the folder; other methods are untouched', async () => {
    const { state, wrapped, handlers } = setUp(oneFile);
    await wrapped['export.batch']({ drafts: [], stories: [], formats: ['txt'], folder: '/out', ifExists: 'number', force: false, credits: false });
    expect(state.shown).toEqual([{ title: 'Export finished', body: 'Exported 0 files to /out' }]);
    expect(wrapped['import.cancel']).toBe(handlers['import.cancel']);
  });
});
