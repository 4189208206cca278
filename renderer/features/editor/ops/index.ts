/**
 * Plan edits mirrored in the editor body; each runs inside editor.update and returns whether the body
 * changed. They find passages by their provenance id, never by position, so they keep working after the
 * sub-editor has typed, deleted or restructured around them.
 * - $removePassage(id): takes a passage (and its separating space) out; an emptied block goes too.
 * - $insertPassage(plan, id): puts a passage the plan has in the text back where the plan lays it out.
 * - $setPassageWording(id, text, from, outlets): another wording, with its provenance.
 * - $passageIdsInBody(): the passage ids the body holds.
 */
export { $passageIdsInBody } from './find-passages';
export { $insertPassage } from './insert-passage';
export { $removePassage } from './remove-passage';
export { $setPassageWording } from './set-wording';
