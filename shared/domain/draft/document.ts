import { z } from 'zod';

/**
 * What a draft's `content` string holds: the article's fields, its body as a Lexical editor state, and the
 * merge plan its passages came from. Kept as one JSON document so a save is one atomic write of everything
 * the sub-editor sees (text, decisions, provenance) and a reload brings all of it back together.
 *
 * The body is Lexical's own serialized form (SerializedEditorState): the editor parses it directly, and the
 * pure reader in this folder walks it for plain text, exports and the CLI without loading Lexical. Only the
 * outline is validated here (a root with children, every node a typed object); unknown node types are read
 * for their text, so a document saved by a newer editor still opens.
 */

export const DRAFT_DOCUMENT_FORMAT = 'copydesk.draft';
export const DRAFT_DOCUMENT_VERSION = 1;

/** The article's one-line fields, kept out of the rich body so exports can map them to their own slots. */
export const DraftFields = z.object({
  headline: z.string().max(1000),
  standfirst: z.string().max(5000),
  byline: z.string().max(1000),
  dateline: z.string().max(1000),
});
export type DraftFields = z.infer<typeof DraftFields>;

export interface SerializedNode {
  type: string;
  version: number;
  children?: SerializedNode[];
  [key: string]: unknown;
}

const SerializedNode: z.ZodType<SerializedNode> = z.lazy(() =>
  z.looseObject({ type: z.string().min(1).max(100), version: z.number(), children: z.array(SerializedNode).optional() }),
);

export const SerializedBody = z.looseObject({
  root: z.looseObject({ type: z.literal('root'), version: z.number(), children: z.array(SerializedNode) }),
});
export type SerializedBody = z.infer<typeof SerializedBody>;

/**
 * The provenance a passage node carries in the body (Lexical NodeState key `passage`): which alignment row it
 * is, the wording the merge put there (a differing text content means the sub-editor edited it), and the
 * outlets that carry it, so a hover answers without the plan.
 */
export const PassageState = z.object({
  id: z.string().min(1),
  wording: z.string(),
  from: z.string(),
  outlets: z.array(z.string()),
});
export type PassageState = z.infer<typeof PassageState>;

/** The Lexical node type name of a merged passage (an inline element around its text). */
export const PASSAGE_NODE_TYPE = 'passage';

export const DraftDocument = z.object({
  format: z.literal(DRAFT_DOCUMENT_FORMAT),
  version: z.literal(DRAFT_DOCUMENT_VERSION),
  fields: DraftFields,
  body: SerializedBody,
  /**
   * The merge plan as last edited (decisions flipped, wordings swapped): the decisions panel and the
   * provenance lookups read it. Null for a draft not made by merging. Stored whole (it is plain data) so a
   * draft keeps its provenance even after the copies it came from are deleted.
   */
  merge: z.unknown().nullable(),
});
export type DraftDocument = z.infer<typeof DraftDocument>;
