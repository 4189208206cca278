import { z } from 'zod';

export const Theme = z.enum(['system', 'light', 'dark']);

export const Settings = z.object({
  theme: Theme,
  /** Largest file an import accepts; bigger files are refused with this limit named. */
  maxImportBytes: z.number().int().min(1024).max(2 ** 31),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = { theme: 'system', maxImportBytes: 50 * 1024 * 1024 };
