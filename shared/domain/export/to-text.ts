import { groupBlocks } from './block-groups';
import { blockText } from './block-text';
import { creditsLine } from './credits';
import { headerFields } from './header-fields';
import type { ExportInput } from './types';

/**
 * Plain UTF-8 text: headline, standfirst, byline, dateline, then the body with blank lines between blocks;
 * list items on consecutive lines ("- ", "1. "); the optional credits line last. Ends with a newline. Nothing is
 * escaped because plain text has no markup; the export check is where stray characters are caught.
 */
export function toText({ article, meta }: ExportInput): string {
  const { headline, standfirst, byline, dateline } = headerFields(article.fields);
  const head = [headline, standfirst, byline, dateline].filter((field) => field !== undefined);
  const body = groupBlocks(article.blocks).map((group) =>
    group.kind === 'block' ? blockText(group.block) : group.items.map((item, k) => `${group.ordered ? `${k + 1}.` : '-'} ${blockText(item)}`).join('\n'),
  );
  const credits = creditsLine(meta);
  return `${[...head, ...body, ...(credits ? [credits] : [])].join('\n\n')}\n`;
}
