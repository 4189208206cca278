import { z } from 'zod';

export const Theme = z.enum(['system', 'light', 'dark']);

/** Typographic quotes: UK ‘single first’, US “double first”; also decides "Mr" vs "Mr." in house style. */
export const QuoteStyle = z.enum(['uk', 'us']);
export type QuoteStyle = z.infer<typeof QuoteStyle>;

export const Settings = z.object({
  theme: Theme,
  /** Largest file an import accepts; bigger files are refused with this limit named. */
  maxImportBytes: z.number().int().min(1024).max(2 ** 31),
  /** Defaulted so a store saved before the setting existed opens with UK style. */
  quoteStyle: QuoteStyle.default('uk'),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = { theme: 'system', maxImportBytes: 50 * 1024 * 1024, quoteStyle: 'uk' };
