import type { LineInfo, MetaLine } from '../clean';

export type HeaderFields = MetaLine;

/**
 * Outlet, time and byline of one article from the metadata lines of its header, falling back to metadata
 * printed after the body (some templates put "Published ..." or the byline at the foot). A line carrying
 * both an outlet and a time is the most specific attribution, so it is preferred for the outlet.
 */
export function headerFields(header: readonly LineInfo[], footer: readonly LineInfo[]): HeaderFields {
  const pick = (key: keyof MetaLine, lines: readonly LineInfo[]) => lines.find((l) => l.meta?.[key])?.meta?.[key] ?? null;
  const paired = header.find((l) => l.meta?.outlet && l.meta.published)?.meta?.outlet ?? null;
  return {
    outlet: paired ?? pick('outlet', header) ?? pick('outlet', footer),
    published: pick('published', header) ?? pick('published', footer),
    byline: pick('byline', header) ?? pick('byline', footer),
  };
}
