import { splitLegacyDb } from './001-split-legacy-db';
import { addCopyLayout } from './002-copy-layout';
import { splitDraftRevisions } from './003-draft-revision-files';
import type { Migration } from './migration';

/** Every migration, in version order; the last one's version is SCHEMA_VERSION (a test holds both to it). */
export const MIGRATIONS: readonly Migration[] = [splitLegacyDb, addCopyLayout, splitDraftRevisions];
