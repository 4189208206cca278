import { z } from 'zod';
import type { MergePlan } from './types';

/**
 * The merge plan as data crossing a boundary (a draft read back from the store, a plan sent over the API).
 * A stored draft outlives the code that wrote it, so its plan is checked field by field before the
 * decisions panel trusts it. Sizes are capped so a corrupt or hostile document cannot make parsing costly.
 */
const MAX_PASSAGES = 50_000;
const MAX_VERSIONS = 500;
const MAX_TEXT = 100_000;

const Id = z.string().min(1).max(300);
const Text = z.string().max(MAX_TEXT);
const Decision = z.enum(['kept', 'replaced', 'added', 'dropped', 'offered']);
const Reason = z.string().max(5000).nullable();

const MergePolicySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('newest') }).strict(),
  z.object({ kind: z.literal('base'), version: Id }).strict(),
]);

const MergedPassageSchema = z
  .object({
    id: Id,
    text: Text,
    decision: Decision,
    reason: Reason,
    policy: z.object({ decision: Decision, reason: Reason }).strict(),
    in: z.array(Id).max(MAX_VERSIONS),
    outlets: z.array(z.string().max(1000)).max(MAX_VERSIONS),
    from: Id,
    wordings: z.array(z.object({ text: Text, versions: z.array(Id).max(MAX_VERSIONS) }).strict()).max(MAX_VERSIONS),
    replaces: z.array(Id).max(MAX_PASSAGES),
    replacedBy: z.array(Id).max(MAX_PASSAGES),
    placement: z.object({ inStructure: z.boolean(), version: Id, paragraph: z.number().int().min(0), follows: Id.nullable() }).strict(),
    paragraph: z.number().int().min(0).nullable(),
  })
  .strict();

export const MergePlanSchema = z
  .object({
    policy: MergePolicySchema,
    headline: z.string().max(MAX_TEXT).nullable(),
    wordingVersion: Id,
    structureVersion: Id,
    versions: z.array(z.object({ id: Id, outlet: z.string().max(1000).nullable(), publishedAt: z.string().max(100).nullable() }).strict()).min(1).max(MAX_VERSIONS),
    passages: z.array(MergedPassageSchema).max(MAX_PASSAGES),
    approximate: z.boolean(),
  })
  .strict() satisfies z.ZodType<MergePlan>;
