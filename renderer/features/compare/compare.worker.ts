import { alignStory, type StoryAlignment, type StoryVersion } from '../../../shared/domain/align';
import type { PairOptions } from './comparePair';

/** One alignment to compute; `id` lets the page drop answers that a newer request has overtaken. */
export interface AlignRequest {
  id: number;
  versions: StoryVersion[];
  options: PairOptions;
}

export type AlignReply = { id: number; ok: true; alignment: StoryAlignment } | { id: number; ok: false; message: string };

// Aligning every version can take longer than a frame on long stories with many outlets, so it runs here,
// off the UI thread. The renderer's lib is DOM, which has no worker scope type: this names the two members used.
const scope = self as unknown as { onmessage: ((event: MessageEvent<AlignRequest>) => void) | null; postMessage: (reply: AlignReply) => void };

scope.onmessage = ({ data }) => {
  try {
    scope.postMessage({ id: data.id, ok: true, alignment: alignStory(data.versions, data.options) });
  } catch (error) {
    scope.postMessage({ id: data.id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
