import { ExportFormat } from '../../../shared/domain/model';

/**
 * What the export dialogs remember between uses, in the page's localStorage: the format last exported, the
 * twin's folder, and the batch's formats. A choice is a convenience, not data: anything unreadable (another
 * version's value, storage refused in a private window) falls back to the default rather than failing.
 */
export interface ExportPrefs {
  format: ExportFormat;
  /** The twin's folder field; null until one was used (the dialog then starts in AppInfo.exportDir). */
  folder: string | null;
  batchFormats: ExportFormat[];
}

const KEY = 'copydesk.export';
const DEFAULTS: ExportPrefs = { format: 'html', folder: null, batchFormats: ['html', 'ninjs'] };

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

const pageStorage = (): KeyValueStore | null => {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
};

export function readExportPrefs(storage: KeyValueStore | null = pageStorage()): ExportPrefs {
  let raw: unknown;
  try {
    raw = JSON.parse(storage?.getItem(KEY) ?? 'null');
  } catch {
    return DEFAULTS;
  }
  if (typeof raw !== 'object' || raw === null) return DEFAULTS;
  const stored = raw as Record<string, unknown>;
  const format = ExportFormat.safeParse(stored.format);
  const folder = typeof stored.folder === 'string' && stored.folder.trim() ? stored.folder : null;
  const formats = Array.isArray(stored.batchFormats) ? stored.batchFormats.flatMap((f) => (ExportFormat.safeParse(f).success ? [f as ExportFormat] : [])) : [];
  return { format: format.success ? format.data : DEFAULTS.format, folder, batchFormats: formats.length ? formats : DEFAULTS.batchFormats };
}

/** Keeps the changed choices; a refused write only means the next dialog starts from the defaults. */
export function saveExportPrefs(change: Partial<ExportPrefs>, storage: KeyValueStore | null = pageStorage()): void {
  try {
    storage?.setItem(KEY, JSON.stringify({ ...readExportPrefs(storage), ...change }));
  } catch {
    // Quota or privacy settings: nothing to lose but the convenience.
  }
}
