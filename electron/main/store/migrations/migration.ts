import type { StorePaths } from '../store-files';

/** What a migration may use: the folder's paths and an atomic JSON writer (never a half-written file). */
export interface MigrationContext {
  dataDir: string;
  paths: StorePaths;
  writeJson: (file: string, value: unknown) => Promise<void>;
  now: () => Date;
}

/**
 * Brings a data folder from `version - 1` to `version`. Must be safe to run again after a crash half-way:
 * the runner records the new version in meta.json only once `up` has finished.
 */
export interface Migration {
  version: number;
  name: string;
  up: (context: MigrationContext) => Promise<void>;
}
