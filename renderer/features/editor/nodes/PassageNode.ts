import { $applyNodeReplacement, $copyNode, $getState, $setState, ElementNode, type DOMExportOutput, type LexicalNode, type RangeSelection } from 'lexical';
import { isEditedWording, PASSAGE_NODE_TYPE, type PassageState } from '../../../../shared/domain/draft';
import { passageState } from './passage-state';

/** The CSS class the gutter, hover card, styles and e2e tests find passages by (with data-passage-id). */
export const PASSAGE_CLASS = 'passage';

function markDom(node: PassageNode, dom: HTMLElement): void {
  const state = $getState(node, passageState);
  dom.dataset.passageId = state.id;
  // Derived, not stored: the sub-editor's edits are simply a text that no longer says the merged wording.
  dom.dataset.edited = String(isEditedWording(node.getTextContent(), state.wording));
}

/**
 * A merged passage in the body: an inline element around the passage's text, carrying its provenance
 * (passageState). Behaves like a link for editing: emptied, it disappears; text typed at its end goes after
 * it, so a sentence the sub-editor adds is theirs, not the outlets'.
 */
export class PassageNode extends ElementNode {
  override $config() {
    return this.config(PASSAGE_NODE_TYPE, {
      extends: ElementNode,
      stateConfigs: [{ stateConfig: passageState, flat: false }],
      // A $copyNode copy (the second half after Enter mid-passage) has NO_PASSAGE state: its text stays, as
      // the sub-editor's own, and the passage id keeps one owner.
      $transform: (node: PassageNode) => {
        if ($getState(node, passageState).id === '') unwrap(node);
      },
    });
  }

  override createDOM(): HTMLElement {
    const dom = document.createElement('span');
    dom.className = PASSAGE_CLASS;
    markDom(this, dom);
    return dom;
  }

  /** Called whenever the passage or its text changes: the edited mark follows the text. */
  override updateDOM(_previous: this, dom: HTMLElement): boolean {
    markDom(this, dom);
    return false;
  }

  /** Exported HTML (clipboard, exports) carries no provenance: a plain span around the text. */
  override exportDOM(): DOMExportOutput {
    return { element: document.createElement('span') };
  }

  /**
   * Copy and paste carry the text, not the provenance: a pasted passage would be a second node claiming the
   * same passage id, and the plan's flips and swaps act on one. What the sub-editor pastes is theirs.
   */
  override excludeFromCopy(): boolean {
    return true;
  }

  override isInline(): true {
    return true;
  }

  override canBeEmpty(): false {
    return false;
  }

  override canInsertTextAfter(): false {
    return false;
  }

  /** Enter mid-passage splits it like a link; the second half is a copy, which the transform unwraps. */
  override insertNewAfter(_selection: RangeSelection, restoreSelection = true): PassageNode {
    const copy = $copyNode(this);
    this.insertAfter(copy, restoreSelection);
    return copy;
  }
}

function unwrap(node: PassageNode): void {
  for (const child of node.getChildren()) node.insertBefore(child);
  node.remove();
}

export function $createPassageNode(state: PassageState): PassageNode {
  return $setState($applyNodeReplacement(new PassageNode()), passageState, state);
}

export const $isPassageNode = (node: LexicalNode | null | undefined): node is PassageNode => node instanceof PassageNode;

export const $getPassageState = (node: PassageNode): PassageState => $getState(node, passageState);

/** Replaces a passage's provenance (a swapped wording): returns the writable node. */
export const $setPassageState = (node: PassageNode, state: PassageState): PassageNode => $setState(node, passageState, state);
