import { DEFAULT_SETTINGS, Settings } from '../../../shared/domain/model';
import { readRawJson } from './raw-json';
import { storePaths } from './store-files';

export interface StoredSettings {
  settings: Settings;
  /** Why the defaults are used although a store is there (unreadable meta file, settings out of range); null when read. */
  problem: string | null;
}

/**
 * The settings of the store in `dataDir`, read without opening it: opening creates folders, migrates and
 * seeds the sample, which a command that only reads files (the CLI's analyze, diff, merge) must not do.
 * No store gives the defaults, silently; a store whose settings cannot be used gives the defaults and says why.
 */
export async function readStoredSettings(dataDir: string): Promise<StoredSettings> {
  const file = storePaths(dataDir).meta;
  const fallback = (reason: string): StoredSettings => ({ settings: { ...DEFAULT_SETTINGS }, problem: `${file}: ${reason}; the default limits apply` });
  let raw;
  try {
    raw = await readRawJson(file);
  } catch (error) {
    return fallback(`cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
  if (raw.state === 'missing') return { settings: { ...DEFAULT_SETTINGS }, problem: null };
  if (raw.state === 'damaged') return fallback(`is not valid JSON (${raw.reason})`);
  const stored = typeof raw.value === 'object' && raw.value !== null ? (raw.value as { settings?: unknown }).settings : undefined;
  const parsed = Settings.safeParse(stored);
  if (!parsed.success) return fallback(`its settings are not usable (${parsed.error.issues[0]?.message ?? 'unknown problem'})`);
  return { settings: parsed.data, problem: null };
}
