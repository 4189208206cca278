import { blockText } from './block-text';
import { headerFields } from './header-fields';
import { itemUri, sourceName, sourceUri } from './item-uris';
import type { ExportInput } from './types';

/**
 * ninjs 3.1 (IPTC News in JSON). ninjs 3.1 has no links, so the copies the article was derived from are
 * associations with rel "derivedFrom" (the NewsML-G2 link relation of the same meaning). The body is plain
 * text, one blank line between blocks, which every ninjs reader handles. firstCreated is left out: when the
 * draft's first revision was made is not part of the export meta.
 */
export function toNinjs({ article, meta }: ExportInput): string {
  const { headline, standfirst, byline, dateline } = headerFields(article.fields);
  const item = {
    uri: itemUri(meta),
    type: 'text',
    version: String(meta.revision),
    versionCreated: meta.exportedAt,
    contentCreated: meta.exportedAt,
    language: meta.language,
    ...(headline ? { headlines: [{ role: 'main', value: headline }] } : {}),
    ...(standfirst ? { descriptions: [{ role: 'summary', value: standfirst }] } : {}),
    ...(byline ? { by: byline } : {}),
    ...(dateline ? { located: dateline } : {}),
    bodies: [{ role: 'main', contentType: 'text/plain', value: article.blocks.map(blockText).join('\n\n') }],
    associations: meta.sources.map((source) => ({
      name: sourceName(source),
      rel: 'derivedFrom',
      uri: sourceUri(source),
      type: 'text',
      ...(source.headline ? { headlines: [{ value: source.headline }] } : {}),
      ...(source.outlet ? { copyrightHolder: source.outlet } : {}),
    })),
  };
  return `${JSON.stringify(item, null, 2)}\n`;
}
