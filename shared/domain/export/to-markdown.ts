import type { DraftBlock, DraftRun } from '../draft';
import { escapeMarkdown, escapeMarkdownInline, escapeMarkdownLineStarts } from '../text';
import { groupBlocks } from './block-groups';
import { blockText } from './block-text';
import { creditsLine } from './credits';
import { headerFields } from './header-fields';
import { safeHref } from './safe-href';
import type { ExportInput } from './types';

/** A one-line slot (headline, sub-head, field): a line break there would end the heading, so it reads as a space. */
const oneLine = (text: string): string => escapeMarkdown(text.split('\n').map((line) => line.trim()).join(' '));

/** Escapes a run; only a run that opens its line has its first line-start mark escaped (later ones sit mid-line). */
function escapeRun(text: string, atLineStart: boolean): string {
  const inline = escapeMarkdownInline(text);
  const cut = atLineStart ? 0 : inline.indexOf('\n') + 1 || inline.length;
  return inline.slice(0, cut) + escapeMarkdownLineStarts(inline.slice(cut));
}

/** Emphasis markers must touch the words, so spaces at a run's edges go outside them. */
function emphasize(text: string, marker: string): string {
  const core = text.trim();
  if (!core) return text;
  const lead = text.length - text.trimStart().length;
  return `${text.slice(0, lead)}${marker}${core}${marker}${text.slice(lead + core.length)}`;
}

/** Brackets would end a Markdown link destination early (safeHref admits no spaces); percent-encoding keeps the address. */
const linkTarget = (href: string): string => href.replace(/[()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

function inlineMarkdown(runs: readonly DraftRun[]): string {
  return runs
    .map((run, k) => {
      const escaped = escapeRun(run.text, k === 0);
      const marker = (run.bold ? '**' : '') + (run.italic ? '*' : '');
      const styled = marker ? emphasize(escaped, marker) : escaped;
      const href = safeHref(run.link);
      return href ? `[${styled}](${linkTarget(href)})` : styled;
    })
    .join('');
}

/** A block's lines: a hard break ("\" at line end) where the text breaks, each further line behind `continuation`. */
const blockLines = (block: DraftBlock, first: string, continuation: string): string => first + inlineMarkdown(block.runs).replace(/\n/g, `\\\n${continuation}`);

function blockMarkdown(block: DraftBlock): string {
  if (block.kind === 'heading') return `## ${oneLine(blockText(block))}`;
  if (block.kind === 'quote') return blockLines(block, '> ', '> ');
  return blockLines(block, '', '');
}

/**
 * CommonMark: "# headline", the standfirst in italics, byline and dateline as their own paragraphs, the body
 * ("##" sub-heads, "> " quotes, "- " and "1. " lists, **bold**, *italic*, [links](http…)), the optional credits
 * line. Every character of the copy is escaped so it reads back as written; links other than http(s) and mailto
 * are dropped to their words. Ends with a newline.
 */
export function toMarkdown({ article, meta }: ExportInput): string {
  const { headline, standfirst, byline, dateline } = headerFields(article.fields);
  const head = [
    headline === undefined ? null : `# ${oneLine(headline)}`,
    standfirst === undefined ? null : emphasize(oneLine(standfirst), '*'),
    byline === undefined ? null : oneLine(byline),
    dateline === undefined ? null : oneLine(dateline),
  ];
  const body = groupBlocks(article.blocks).map((group) => {
    if (group.kind === 'block') return blockMarkdown(group.block);
    return group.items
      .map((item, k) => {
        const marker = group.ordered ? `${k + 1}. ` : '- ';
        return blockLines(item, marker, ' '.repeat(marker.length));
      })
      .join('\n');
  });
  const credits = creditsLine(meta);
  return `${[...head, ...body, credits === null ? null : escapeMarkdown(credits)].filter((part) => part !== null).join('\n\n')}\n`;
}
