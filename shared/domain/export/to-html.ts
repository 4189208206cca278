import type { DraftBlock, DraftRun } from '../draft';
import { groupBlocks } from './block-groups';
import { escapeMarkup } from './escape-markup';
import { headerFields } from './header-fields';
import { languageTag, sourceName } from './item-uris';
import { safeHref } from './safe-href';
import type { ExportInput, ExportSource } from './types';

export interface HtmlOptions {
  /** Adds a small <style> block in the head (reading width, type scale); off, the document is bare semantics. */
  stylesheet?: boolean;
}

/** Typography only, no colours or layout tricks, so the receiving CMS's own styles still win when pasted. */
const STYLESHEET = [
  'body{max-width:40em;margin:2em auto;padding:0 1em;font:1.05em/1.55 Georgia,serif}',
  '.standfirst{font-size:1.15em;font-weight:bold}',
  '.byline,.dateline{font-style:italic;margin:.2em 0}',
  'blockquote{margin-left:1.5em;font-style:italic}',
  'footer{margin-top:2em;font-size:.9em}',
].join('\n');

/** The title a browser tab and a file manager show; HTML requires one, so an untitled draft still gets a name. */
const UNTITLED = 'Untitled article';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

const textHtml = (text: string): string => escapeMarkup(text).replace(/\n/g, '<br>');

function runHtml(run: DraftRun): string {
  let html = textHtml(run.text);
  if (run.italic) html = `<em>${html}</em>`;
  if (run.bold) html = `<strong>${html}</strong>`;
  const href = safeHref(run.link);
  return href ? `<a href="${escapeMarkup(href)}">${html}</a>` : html;
}

const inlineHtml = (block: DraftBlock): string => block.runs.map(runHtml).join('');

const BLOCK_TAGS: Readonly<Record<'paragraph' | 'heading', string>> = { paragraph: 'p', heading: 'h2' };

function blockHtml(block: DraftBlock): string {
  if (block.kind === 'quote') return `<blockquote><p>${inlineHtml(block)}</p></blockquote>`;
  const tag = BLOCK_TAGS[block.kind === 'heading' ? 'heading' : 'paragraph'];
  return `<${tag}>${inlineHtml(block)}</${tag}>`;
}

function sourceHtml(source: ExportSource): string {
  const name = escapeMarkup(sourceName(source));
  const href = safeHref(source.url);
  const linked = href ? `<a href="${escapeMarkup(href)}">${name}</a>` : name;
  if (!source.publishedAt) return `<li>${linked}</li>`;
  const shown = escapeMarkup(source.publishedAt);
  // <time datetime> must hold a machine-readable date; a time as printed ("yesterday") is shown as text only.
  return ISO_DATE_TIME.test(source.publishedAt) ? `<li>${linked}, <time datetime="${shown}">${shown}</time></li>` : `<li>${linked}, ${shown}</li>`;
}

/**
 * A standalone HTML5 document: lang and charset, the headline as title and h1, standfirst, byline and dateline
 * in the article's header, the body as h2, p, blockquote, ul/ol and li with strong, em and http(s)/mailto links
 * (other links are dropped to their words), no inline styles; with meta.credits, the sources as a footer list
 * (outlet linked to its copy, publication time). Every character of the copy is escaped. Ends with a newline.
 */
export function toHtml({ article, meta }: ExportInput, options: HtmlOptions = {}): string {
  const { headline, standfirst, byline, dateline } = headerFields(article.fields);
  const header = [
    headline === undefined ? null : `<h1>${escapeMarkup(headline)}</h1>`,
    standfirst === undefined ? null : `<p class="standfirst">${escapeMarkup(standfirst)}</p>`,
    byline === undefined ? null : `<p class="byline">${escapeMarkup(byline)}</p>`,
    dateline === undefined ? null : `<p class="dateline">${escapeMarkup(dateline)}</p>`,
  ].filter((line) => line !== null);
  const body = groupBlocks(article.blocks).map((group) => {
    if (group.kind === 'block') return blockHtml(group.block);
    const tag = group.ordered ? 'ol' : 'ul';
    return `<${tag}>\n${group.items.map((item) => `<li>${inlineHtml(item)}</li>`).join('\n')}\n</${tag}>`;
  });
  const footer = meta.credits && meta.sources.length ? [`<footer>\n<p>Sources:</p>\n<ul class="sources">\n${meta.sources.map(sourceHtml).join('\n')}\n</ul>\n</footer>`] : [];
  return [
    '<!DOCTYPE html>',
    // An unusable tag becomes lang="" (language unknown) rather than a wrong claim.
    `<html lang="${escapeMarkup(languageTag(meta) ?? '')}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeMarkup(headline ?? UNTITLED)}</title>`,
    ...(options.stylesheet ? [`<style>\n${STYLESHEET}\n</style>`] : []),
    '</head>',
    '<body>',
    '<article>',
    ...(header.length ? ['<header>', ...header, '</header>'] : []),
    ...body,
    ...footer,
    '</article>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
