/**
 * Merging the versions of one story into one article, for the Merge tab's editor and the CLI `merge`
 * command. Pure and deterministic; the only expensive step is the alignment (domain/align), which is budgeted
 * and whose `approximate` flag the plan carries.
 *
 * API
 * - mergeStory(versions, policy, compareOptions?) → { ok: true, plan } | { ok: false, problem }: aligns the
 *   versions (MergeVersion: AnalyzedArticle and WireCopy fit) and plans the merge. buildMergePlan(alignment,
 *   versions, policy) does the same from an alignment the caller already has (the Compare tab's).
 * - Policies (parsePolicy("newest" | "base:ID"), NEWEST_POLICY):
 *   - newest, "newest wins, nothing lost": wording follows the newest version that prints each passage; a
 *     passage a later version *replaced* (a 'replace' in that step's diff: "has been contacted for comment" →
 *     the response) is 'dropped', with the reason naming the version and the replacement; a passage only some
 *     versions carry (trimmed ending, earlier copy lacking an update) is 'added' in story order.
 *   - base: the chosen version as it stands ('kept'/'replaced'); every other passage is 'offered': listed in
 *     story order with its provenance but not in the text until accepted with flipDecision (then 'added').
 *     Offering rather than including keeps the base's text exactly what its outlet ran, which is the point of
 *     choosing a base.
 * - MergePlan: headline (from the wording version), wordingVersion, structureVersion, versions (oldest
 *   first), approximate, and passages in story order, every row of the alignment, in the text or not. Each
 *   MergedPassage: id (the alignment row, stable across edits), text (chosen wording), decision ('kept' |
 *   'replaced' | 'added' | 'dropped' | 'offered'), reason (why it is not in the text), policy (the policy's own
 *   decision, for undo), provenance (in: version ids, outlets, from: the wording's version), wordings (every
 *   distinct wording with the versions printing it: the one-click swap), replaces / replacedBy (passage ids),
 *   placement and paragraph (index in the merged text, null when not in it).
 * - Paragraphs follow the structure version: one whose breaks came from its source page, the most
 *   paragraphed of those. A passage it lacks joins the paragraph it follows in its own version, or opens its
 *   own (see layoutParagraphs).
 * - Edits, each returning a new plan (or { problem }): flipDecision(plan, passageId) takes a passage out of
 *   the text or puts it in, and flipping again restores the policy's decision exactly; swapWording(plan,
 *   passageId, wordingText); takeAllFrom(plan, versionId) → { plan, changed } ("take all from <outlet>": every
 *   passage the version prints comes into the text in its wording; `changed` lists the passages to mirror).
 * - MergePlanSchema (schema.ts): the plan as zod, for plans read back from a stored draft or the API.
 * - planToArticle(plan) → { headline, paragraphs }: the plan's text (the editor's starting document,
 *   domain/draft buildDraftDocument, lays its body out the same way, and the CLI exports that document
 *   through domain/export).
 */
export { mergeStory, buildMergePlan, type MergeOutcome } from './build-plan';
export { flipDecision, swapWording, takeAllFrom } from './edit-plan';
export { inText, layoutParagraphs } from './layout';
export { parsePolicy, policyLabel, NEWEST_POLICY } from './policy';
export { planToArticle } from './render';
export type * from './types';
export { MergePlanSchema } from './schema';
