import { z } from 'zod';

/**
 * The formats the desk sends on, by id. Kept apart from the exporters (domain/export/export-formats.ts, which
 * is checked against this list) so the contract and the preload need no exporter code.
 */
export const EXPORT_FORMAT_IDS = ['txt', 'md', 'html', 'docx', 'ninjs', 'ninjs1', 'newsml', 'nitf'] as const;
export const ExportFormat = z.enum(EXPORT_FORMAT_IDS);
export type ExportFormat = z.infer<typeof ExportFormat>;

/** One file written by an export: kept on the draft as its export history (newest last, capped). */
export const ExportRecord = z.object({
  at: z.string(),
  format: ExportFormat,
  /** Absolute path of the file written. */
  path: z.string(),
  bytes: z.number().int().min(0),
  /** The draft revision that was exported. */
  revision: z.number().int().min(1),
});
export type ExportRecord = z.infer<typeof ExportRecord>;

/** How many export records a draft keeps; older ones are dropped first. */
export const MAX_EXPORT_RECORDS = 50;
