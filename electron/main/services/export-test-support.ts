import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { ApiEventPayload } from '../../../shared/api/events';
import { withTempDir } from '../store/test-support';
import { createServices, type Services, type ServicesOptions } from './create-services';
import { callerOf, fakePipeline } from './test-support';

export type Call = ReturnType<typeof callerOf>;

export interface ExportWorld {
  call: Call;
  services: Services;
  /** An empty folder to export into. */
  out: string;
  /** Every export.progress event so far. */
  progress: ApiEventPayload<'export.progress'>[];
}

/**
 * Services on the fake pipeline in a temporary folder (no samples), with an empty export folder and the
 * export progress recorded, for the export integration tests. Test helper only.
 */
export async function withExportServices(run: (world: ExportWorld) => Promise<void>, extra: Partial<ServicesOptions> = {}): Promise<void> {
  await withTempDir(async (dir) => {
    await mkdir(path.join(dir, 'resources', 'samples'), { recursive: true });
    const out = path.join(dir, 'out');
    await mkdir(out);
    const services = await createServices({ dataDir: path.join(dir, 'data'), resourcesDir: path.join(dir, 'resources'), shell: 'cli', pipeline: fakePipeline, exportDir: out, log: () => {}, ...extra });
    const progress: ExportWorld['progress'] = [];
    services.events.on('export.progress', (payload) => progress.push(payload));
    try {
      await run({ call: callerOf(services.handlers), services, out, progress });
    } finally {
      await services.close();
    }
  });
}

/** A saved draft whose export check finds nothing (a plain-text draft: headline line, then paragraphs). */
export const cleanDraft = (call: Call, headline: string, storyId: string | null = null) =>
  call('drafts.save', { storyId, title: headline, content: '{}', text: `${headline}\nCouncillors approved the bridge plan on Tuesday.\nWork starts next spring.` });

/** A saved draft whose check finds exactly one problem: a doubled space in its first paragraph. */
export const flawedDraft = (call: Call, headline: string) =>
  call('drafts.save', { storyId: null, title: headline, content: '{}', text: `${headline}\nCouncillors  approved the bridge plan on Tuesday.` });

/** An error as the file system raises it, for injected faults. */
export const errno = (code: string, message = code): NodeJS.ErrnoException => Object.assign(new Error(`${code}: ${message}`), { code });
