import { createHeadlessEditor } from '@lexical/headless';
import { $getRoot, type SerializedEditorState } from 'lexical';
import { buildDraftDocument, fieldsFromVersions } from '../shared/domain/draft';
import { mergeStory, NEWEST_POLICY, type MergePlan } from '../shared/domain/merge';
import { EDITOR_NODES } from '../renderer/features/editor/nodes';
import { generatedVersions, timed } from './compare.bench';
import { below, type BenchSuite } from './row';

/** The editor's starting state for a plan, as the Merge tab makes it: the draft document's body parsed by Lexical. */
function editorStateOf(plan: MergePlan, versions: ReturnType<typeof generatedVersions>) {
  const editor = createHeadlessEditor({
    nodes: EDITOR_NODES,
    onError: (error) => {
      throw error;
    },
  });
  const state = editor.parseEditorState(buildDraftDocument(plan, fieldsFromVersions(plan, versions)).body as unknown as SerializedEditorState);
  editor.setEditorState(state);
  return state;
}

/**
 * The merge at the size the issue names: 10 versions of a 2,000-word story (the same generated, hash-seeded
 * versions compare.bench.ts aligns), newest wins. The plan alone (alignment included), then the issue's
 * figure: the plan and the editor state built from it (draft document + Lexical parse with the editor's nodes).
 */
export const rows: BenchSuite = async () => {
  const versions = generatedVersions(10, 2000);
  const merged = mergeStory(versions, NEWEST_POLICY);
  const planMs = timed(() => mergeStory(versions, NEWEST_POLICY), 15);
  let paragraphs = 0;
  const editorMs = timed(() => {
    const outcome = mergeStory(versions, NEWEST_POLICY);
    if (outcome.ok) paragraphs = editorStateOf(outcome.plan, versions).read(() => $getRoot().getChildrenSize());
  }, 15);
  // A state with no paragraphs would be fast and wrong: the figure only counts when the body is all there.
  const built = merged.ok && paragraphs > 0 && paragraphs === new Set(merged.plan.passages.flatMap((p) => (p.paragraph === null ? [] : [p.paragraph]))).size;
  return [
    { ...below('merge: plan for 10 versions of a 2,000-word story (align + plan), median', planMs, 'ms', 150), met: planMs < 150 && merged.ok },
    { ...below('merge: plan + editor state, 10 versions × 2,000 words (align + plan + document + Lexical parse), median', editorMs, 'ms', 150), met: editorMs < 150 && built },
  ];
};
