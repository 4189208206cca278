import type { CopySummary, WireCopy } from '../../../shared/domain/model';
import type { StoredCopy } from './store-files';

/** Characters of body kept in the library row: enough for two lines of preview and for searching the lead. */
const SNIPPET_CHARS = 160;

function firstWords(body: string, max: number): string {
  if (body.length <= max) return body;
  const cut = body.lastIndexOf(' ', max);
  return `${body.slice(0, cut > 0 ? cut : max)}…`;
}

/** The library's view of a copy: everything but the body, plus a snippet and a word count. */
export function summarizeCopy(copy: WireCopy | StoredCopy): CopySummary {
  // A stored copy's layout belongs with its body, not in the index.
  const { paragraphs, removed: _removed, layout: _layout, ...rest } = copy as StoredCopy;
  const body = paragraphs.join(' ').replace(/\s+/g, ' ').trim();
  return { ...rest, snippet: firstWords(body, SNIPPET_CHARS), wordCount: body === '' ? 0 : body.split(' ').length };
}
