/**
 * The draft document: what a merged (or hand-made) article is while it is being edited, as stored in
 * Draft.content. Pure and DOM-free: the editor parses the body itself (renderer/features/editor/nodes
 * registers the node types it uses); everything else (store text, CLI, exports) reads it through here.
 *
 * API
 * - DraftDocument (document.ts): { format, version, fields {headline, standfirst, byline, dateline}, body (a
 *   Lexical SerializedEditorState), merge (the MergePlan or null) }; PassageState, the provenance a passage
 *   node carries (NodeState key `passage`: id, wording, from, outlets); PASSAGE_NODE_TYPE.
 * - buildDraftDocument(plan, fields): one paragraph node per merged paragraph, each passage in the text an
 *   inline `passage` element holding one text node, passages separated by a " " text node.
 *   fieldsFromVersions(plan, versions): headline from the plan, byline/dateline from the wording version.
 *   draftFromPlan(plan, versions) → { title, content, text }: what drafts.fromStory stores.
 * - parseDraftDocument(content) → { ok, document } | { ok: false, problem }: validates the outline and the
 *   merge plan (merge/schema.ts), size-capped; serializeDraftDocument(document).
 * - readDraftArticle(document) → { fields, blocks }: blocks ('paragraph' | 'heading' | 'quote' | 'bullet' |
 *   'number') of runs { text, bold, italic, link }, for exports. draftToMergedArticle(document) (headline, then
 *   the set fields and one paragraph per block); draftText(document)
 *   (Draft.text: the same, blank-line separated).
 * - readDraftBlocks(document): the same walk, each block with the body nodes it was read from (leaves with
 *   their offsets, the holding node and its ancestors), so a fix can edit the body by the article's offsets.
 * - isEditedWording(text, wording): the passage says something else than the merge put there (typography aside).
 * - countWords(text), readingMinutes(words) (238 wpm, at least 1 for any words).
 * - lexical-json.ts: the serialized node shapes the builder writes (shared with tests and editor ops).
 */
export * from './document';
export { buildDraftDocument, draftFromPlan, fieldsFromVersions } from './build';
export { parseDraftDocument, serializeDraftDocument, MAX_DRAFT_CONTENT_CHARS, type DraftDocumentParse, type ParsedDraftDocument } from './parse';
export { readDraftArticle, readDraftBlocks, type BlockLeaf, type DraftArticle, type DraftBlock, type DraftBlockKind, type DraftRun, type ReadBlock } from './read';
export { draftText, draftToMergedArticle } from './text';
export { isEditedWording } from './edited';
export { countWords, readingMinutes, READING_WPM } from './words';
export { NODE_STATE_KEY, TEXT_FORMAT_BOLD, TEXT_FORMAT_ITALIC } from './lexical-json';
