import { blockText } from './block-text';
import { headerFields } from './header-fields';
import { itemUri, sourceName, sourceUri } from './item-uris';
import type { ExportInput } from './types';

/**
 * ninjs 1.x (validated against 1.6), the flat lower-case shape older systems read. Associations are a map
 * in 1.x; keys must match [a-zA-Z0-9_], so sources are keyed by position (derivedfrom_1, …), oldest first.
 */
export function toNinjs1({ article, meta }: ExportInput): string {
  const { headline, standfirst, byline, dateline } = headerFields(article.fields);
  const associations = Object.fromEntries(
    meta.sources.map((source, k) => [
      `derivedfrom_${k + 1}`,
      { uri: sourceUri(source), type: 'text', title: sourceName(source), ...(source.headline ? { headline: source.headline } : {}) },
    ]),
  );
  const item = {
    uri: itemUri(meta),
    type: 'text',
    version: String(meta.revision),
    versioncreated: meta.exportedAt,
    contentcreated: meta.exportedAt,
    language: meta.language,
    ...(headline ? { headline } : {}),
    ...(standfirst ? { description_text: standfirst } : {}),
    ...(byline ? { byline } : {}),
    ...(dateline ? { located: dateline } : {}),
    body_text: article.blocks.map(blockText).join('\n\n'),
    ...(meta.sources.length > 0 ? { associations } : {}),
  };
  return `${JSON.stringify(item, null, 2)}\n`;
}
