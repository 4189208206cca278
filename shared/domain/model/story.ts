import { z } from 'zod';

/** Versions of one story, grouped automatically or by the editor. */
export const Story = z.object({
  id: z.string().min(1),
  headline: z.string().nullable(),
  copyIds: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Story = z.infer<typeof Story>;

export const StorySummary = Story.extend({
  outlets: z.array(z.string()),
  /** Newest published (or imported) time among its copies, ISO. */
  newestAt: z.string().nullable(),
});
export type StorySummary = z.infer<typeof StorySummary>;
