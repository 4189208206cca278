/// <reference types="vite/client" />
import { createHeadlessEditor } from '@lexical/headless';
import type { LexicalEditor } from 'lexical';
import seedPage from '../../../../../shared/fixtures/seed/daily8-met-lfr.txt?raw';
import { analyzePage } from '../../../../shared/domain/analyze';
import type { SerializedBody } from '../../../../shared/domain/draft';
import { mergeStory, NEWEST_POLICY, type MergePolicy, type MergeVersion } from '../../../../shared/domain/merge';
import insertedMidParagraph from '../../../../shared/domain/merge/__fixtures__/golden/inserted-mid-paragraph.json';
import reworded from '../../../../shared/domain/merge/__fixtures__/golden/reworded.json';
import { EDITOR_NODES } from './editor-nodes';

/**
 * For the editor's headless tests: the seed story (Leader Live, then North Wales Chronicle, the issue's
 * acceptance case), two merge goldens, and an editor loaded with a body. The page comes in through Vite's ?raw import because
 * renderer code may not touch the file system.
 */
const analysis = analyzePage(seedPage, { source: 'seed.txt', importedAt: '2026-11-27T12:00:00Z' });
const story = analysis.stories.find((s) => s.articles.length === 2)!;
export const seedVersions = analysis.articles.filter((a) => story.articles.includes(a.id));

export function planOf(versions: readonly MergeVersion[], policy: MergePolicy = NEWEST_POLICY) {
  const merged = mergeStory(versions, policy);
  if (!merged.ok) throw new Error(merged.problem);
  return merged.plan;
}

export const seedPlan = (policy?: MergePolicy) => planOf(seedVersions, policy);

/** Merge goldens (shared/domain/merge/__fixtures__/golden) with what the seed lacks: a three-sentence paragraph, a reworded passage. */
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
