/**
 * The editor's node types: PassageNode (a merged passage with its provenance in NodeState `passage`, DOM a
 * <span class="passage" data-passage-id data-edited>), its helpers, and EDITOR_NODES (all node classes the
 * draft editor registers). The pure body builder is shared/domain/draft; the node test proves they agree.
 */
export { PassageNode, PASSAGE_CLASS, $createPassageNode, $isPassageNode, $getPassageState, $setPassageState } from './PassageNode';
export { NO_PASSAGE } from './passage-state';
export { EDITOR_NODES } from './editor-nodes';
