import type { DraftBlock } from '../draft';

/** A block's words without formatting, for slots that carry plain text only. */
export const blockText = (block: DraftBlock): string => block.runs.map((run) => run.text).join('');
