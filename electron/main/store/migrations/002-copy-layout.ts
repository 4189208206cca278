import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { WireCopy } from '../../../../shared/domain/model';
import { DamagedFileError } from '../json-file-adapter';
import { readRawJson } from '../raw-json';
import type { Migration } from './migration';

const V1Shard = z.object({ copies: z.record(z.string(), WireCopy.passthrough()) });
const SHARD_FILE = /^shard-[0-9a-f]{2}\.json$/;

/**
 * Version 2 records where each copy's removed lines stood (before or after the body) so that restoring one
 * puts it back at its place. Version 1 did not know: its removed lines are treated as coming after the body,
 * which is where a restored line is easiest to see and move. Re-running is harmless: a copy that already has
 * a layout keeps it.
 */
export const addCopyLayout: Migration = {
  version: 2,
  name: 'record where removed lines stood in their page',
  async up({ paths, writeJson }) {
    const names = await readdir(paths.copiesDir).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    });
    for (const name of names.filter((n) => SHARD_FILE.test(n)).sort()) {
      const file = path.join(paths.copiesDir, name);
      const raw = await readRawJson(file);
      if (raw.state === 'missing') continue;
      if (raw.state === 'damaged') throw new DamagedFileError(file, `not valid JSON (${raw.reason})`);
      const parsed = V1Shard.safeParse(raw.value);
      if (!parsed.success) throw new DamagedFileError(file, `unexpected content (${parsed.error.issues[0]?.message ?? 'unknown'})`);
      const copies = Object.fromEntries(
        Object.entries(parsed.data.copies).map(([id, copy]) => [id, { layout: { removedBefore: 0, restoredBefore: 0 }, ...copy }]),
      );
      await writeJson(file, { copies });
    }
  },
};
