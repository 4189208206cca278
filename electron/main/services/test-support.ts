import type { ApiInput, ApiOutput } from '../../../shared/api/contract';
import { dispatch, type ApiHandlers } from '../../../shared/api/dispatch';
import type { ApiMethod } from '../../../shared/api/methods';
import { hash64Hex } from '../../../shared/domain/text/hash';
import type { AnalyzedArticle, PageAnalysis } from '../../../shared/domain/model';
import type { ImportPipeline } from './import-pipeline';

/**
 * Small, obvious stand-ins for the domain steps, so service, web and CLI tests check the plumbing without
 * depending on the analyser's judgement. Test helper only.
 *
 * Page format understood by the fake analyser: articles start with "## Headline | Outlet"; the lines after
 * it are paragraphs; all articles of one page form one story. A line "FAIL" makes analysis throw.
 */
export function fakeAnalyze(text: string, options: { source: string }): PageAnalysis {
  if (text.split('\n').includes('FAIL')) throw new Error(`${options.source}: the fake analyser was told to fail`);
  const articles: AnalyzedArticle[] = [];
  for (const block of text.split(/^## /m).slice(1)) {
    const [head = '', ...lines] = block.split('\n');
    const [headline = '', outlet = ''] = head.split('|').map((s) => s.trim());
    articles.push({
      id: `a${articles.length}`,
      source: options.source,
      outlet: outlet || null,
      headline: headline || null,
      published: null,
      publishedAt: null,
      byline: null,
      dateline: null,
      paragraphs: lines.map((l) => l.trim()).filter((l) => l !== ''),
      removed: [],
      fingerprint: hash64Hex(lines.join(' ').toLowerCase().replace(/\s+/g, ' ').trim()),
      paragraphSource: 'source',
    });
  }
  const stories = articles.length ? [{ id: 's0', headline: articles[0]!.headline, articles: articles.map((a) => a.id) }] : [];
  return { articles, stories, boilerplate: [], removals: [], approximate: false };
}

export const fakePipeline: ImportPipeline = {
  read: async ({ name, bytes }) => {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new Error(`${name} is not UTF-8 text`);
    }
    return { format: 'text', analysis: fakeAnalyze(text, { source: name }) };
  },
  close: async () => {},
  // Near-duplicates, for the fake: same first paragraph.
  createGrouper: () => {
    const byLead = new Map<string, string>();
    const leadOf = new Map<string, string>();
    const add = (id: string, text: string) => {
      const lead = text.split('\n')[1]?.trim().toLowerCase() ?? '';
      const match = byLead.get(lead) ?? null;
      if (!byLead.has(lead)) byLead.set(lead, id);
      leadOf.set(id, lead);
      return match;
    };
    return {
      add,
      insert: (id, text) => void add(id, text),
      remove(id) {
        const lead = leadOf.get(id);
        if (lead !== undefined && byLead.get(lead) === id) byLead.delete(lead);
        leadOf.delete(id);
      },
    };
  },
};

/** A page in the fake analyser's format. */
export const fakePage = (...articles: { headline: string; outlet: string; paragraphs: string[] }[]): string =>
  articles.map((a) => `## ${a.headline} | ${a.outlet}\n${a.paragraphs.join('\n')}`).join('\n');

/** Calls the handlers through `dispatch` like a client would, typed, throwing the ApiError on failure. */
export function callerOf(handlers: ApiHandlers) {
  return async <M extends ApiMethod>(method: M, input?: ApiInput<M>): Promise<ApiOutput<M>> => {
    const result = await dispatch(handlers, method, input ?? {});
    if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
    return result.value as ApiOutput<M>;
  };
}
