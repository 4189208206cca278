import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { readRawJson } from '../raw-json';
import type { Migration } from './migration';

/** A version-2 draft file: the revisions' words inline. Loose, so fields added since (status, reason) pass. */
const V2DraftFile = z.object({
  draft: z.looseObject({ id: z.string() }),
  revisions: z.array(z.looseObject({ revision: z.number().int().min(1), savedAt: z.string(), reason: z.string().optional() })),
});

/**
 * Version 3 keeps each draft revision's words in drafts/<id>/<revision>.json and only their list in the draft
 * file, so an autosave no longer rewrites the whole history. The revision files are written before the draft
 * file that lists them, so re-running after a crash finds either the old shape (and writes them again) or
 * the new one (and skips it). A file that is damaged or not a draft is left as it is: loading the store moves
 * it aside with a notice, as it does any damaged draft.
 */
export const splitDraftRevisions: Migration = {
  version: 3,
  name: "keep each draft's revisions in files of their own",
  async up({ paths, writeJson }) {
    const names = await readdir(paths.draftsDir).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    });
    for (const name of names.filter((n) => n.endsWith('.json')).sort()) {
      const id = name.slice(0, -'.json'.length);
      const raw = await readRawJson(path.join(paths.draftsDir, name));
      const parsed = raw.state === 'ok' ? V2DraftFile.safeParse(raw.value) : null;
      if (!parsed?.success) continue;
      const { draft, revisions } = parsed.data;
      for (const revision of revisions) await writeJson(paths.draftRevision(id, revision.revision), revision);
      const kept = revisions.map(({ revision, savedAt, reason }) => ({ revision, savedAt, ...(reason === undefined ? {} : { reason }) }));
      await writeJson(paths.draft(id), { draft, kept });
    }
  },
};
