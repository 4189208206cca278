import { DEFAULT_SETTINGS } from '../../../../shared/domain/model';
import { readRawJson } from '../raw-json';
import type { Migration, MigrationContext } from './migration';

/**
 * Runs, in order, every migration above `from`, recording each new version in meta.json as soon as that
 * migration has finished, so a crash resumes where it stopped. Returns the migrations that ran.
 */
export async function runMigrations(from: number, context: MigrationContext, migrations: readonly Migration[]): Promise<Migration[]> {
  const pending = migrations.filter((m) => m.version > from).sort((a, b) => a.version - b.version);
  for (const migration of pending) {
    await migration.up(context);
    const raw = await readRawJson(context.paths.meta);
    const meta = raw.state === 'ok' && typeof raw.value === 'object' && raw.value !== null ? raw.value : {};
    // A folder old enough to have no meta.json already held content: do not seed the sample into it.
    await context.writeJson(context.paths.meta, { settings: DEFAULT_SETTINGS, seededSample: true, ...meta, schemaVersion: migration.version });
  }
  return pending;
}
