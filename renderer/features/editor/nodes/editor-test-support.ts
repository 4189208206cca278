import { createHeadlessEditor } from '@lexical/headless';
import { createEditor, type Klass, type LexicalEditor, type LexicalNode } from 'lexical';
import type { SerializedBody } from '../../../../shared/domain/draft';
import { mergeStory, NEWEST_POLICY, type MergePolicy, type MergeVersion } from '../../../../shared/domain/merge';
import insertedMidParagraph from '../../../../shared/domain/merge/__fixtures__/golden/inserted-mid-paragraph.json';
import reworded from '../../../../shared/domain/merge/__fixtures__/golden/reworded.json';
import { EDITOR_NODES } from './editor-nodes';

/**
 * For the editor's tests: plans of the merge goldens, and a headless editor loaded with a body. Kept apart
 * from the seed page (test-support.ts), which jsdom tests cannot load: Vite serves them only files inside
 * the repository.
 */
export function planOf(versions: readonly MergeVersion[], policy: MergePolicy = NEWEST_POLICY) {
  const merged = mergeStory(versions, policy);
  if (!merged.ok) throw new Error(merged.problem);
  return merged.plan;
}

/** Goldens (shared/domain/merge/__fixtures__/golden) with what the seed lacks: a three-sentence paragraph, a reworded passage. */
export const goldenVersions = {
  insertedMidParagraph: insertedMidParagraph.versions as MergeVersion[],
  reworded: reworded.versions as MergeVersion[],
};

export function headlessEditorWith(body: SerializedBody): LexicalEditor {
  const editor = createHeadlessEditor({
    nodes: EDITOR_NODES,
    onError: (error) => {
      throw error;
    },
  });
  editor.setEditorState(editor.parseEditorState(JSON.stringify(body)));
  return editor;
}

export const exportedBody = (editor: LexicalEditor): SerializedBody => editor.getEditorState().toJSON() as unknown as SerializedBody;

export const discreteUpdate = (editor: LexicalEditor, change: () => void): void => editor.update(change, { discrete: true });

/** For jsdom tests: an editor attached to a contenteditable root in the document, failing loudly on any error. */
export function mountedEditor(nodes: readonly Klass<LexicalNode>[] = []): { editor: LexicalEditor; root: HTMLElement } {
  const editor = createEditor({
    nodes,
    onError: (error) => {
      throw error;
    },
  });
  const root = document.createElement('div');
  root.contentEditable = 'true';
  document.body.replaceChildren(root);
  editor.setRootElement(root);
  return { editor, root };
}
