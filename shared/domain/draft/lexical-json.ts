import { PASSAGE_NODE_TYPE, type PassageState, type SerializedBody, type SerializedNode } from './document';

/**
 * Lexical's serialized nodes written as plain objects, field for field what the editor's own exportJSON
 * gives for a fresh node, so a body built here round-trips through the editor unchanged (the node test in
 * renderer/features/editor/nodes checks it). Built without Lexical because shared/ has no DOM.
 */

/** Lexical's TextNode format bits: the two a sub-editor sets by hand. */
export const TEXT_FORMAT_BOLD = 1;
export const TEXT_FORMAT_ITALIC = 2;

/** NodeState is serialized under this key of the node's JSON, by state name. */
export const NODE_STATE_KEY = '$';

const elementDefaults = { direction: null, format: '', indent: 0, version: 1 } as const;

export const textJson = (text: string): SerializedNode => ({ type: 'text', version: 1, detail: 0, format: 0, mode: 'normal', style: '', text });

export const paragraphJson = (children: SerializedNode[]): SerializedNode => ({ ...elementDefaults, type: 'paragraph', textFormat: 0, textStyle: '', children });

export const passageJson = (state: PassageState, text: string): SerializedNode => ({
  ...elementDefaults,
  type: PASSAGE_NODE_TYPE,
  [NODE_STATE_KEY]: { [PASSAGE_NODE_TYPE]: state },
  children: [textJson(text)],
});

export const bodyJson = (children: SerializedNode[]): SerializedBody => ({ root: { ...elementDefaults, type: 'root', children } });
