import { createState } from 'lexical';
import { PASSAGE_NODE_TYPE, PassageState } from '../../../../shared/domain/draft';

/** The state of a node that is no passage of the plan (see PassageNode's transform, which unwraps it). */
export const NO_PASSAGE: PassageState = Object.freeze({ id: '', wording: '', from: '', outlets: [] });

const sameOutlets = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((o, k) => o === b[k]);

/**
 * Provenance as Lexical NodeState, so it serializes under the node's `$` key exactly as the pure builder
 * writes it. Anything unreadable becomes NO_PASSAGE rather than an error: a damaged passage loses its
 * provenance, never its text. Reset by $copyNode, so a passage split in two (Enter mid-sentence) keeps one
 * owner of its id.
 */
export const passageState = createState(PASSAGE_NODE_TYPE, {
  parse: (json: unknown): PassageState => {
    const parsed = PassageState.safeParse(json);
    return parsed.success ? parsed.data : NO_PASSAGE;
  },
  isEqual: (a, b) => a === b || (a.id === b.id && a.wording === b.wording && a.from === b.from && sameOutlets(a.outlets, b.outlets)),
  resetOnCopyNode: true,
});
