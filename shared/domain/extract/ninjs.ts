import { z } from 'zod';
import { ExtractError } from './extract-error';
import { withoutRepeatedHeadline } from './headline-repeat';
import { htmlFragmentToParagraphs } from './html-fragment';
import { EXTRACT_LIMITS } from './limits';
import { plainTextToParagraphs } from './plain-paragraphs';
import { isoFromStated } from './stated-time';
import type { ExtractedArticle } from './types';

/**
 * ninjs (IPTC News in JSON), in both shapes partners send: 1.x with flat lower-case fields (headline,
 * body_html, byline, versioncreated) and 2.x/3.x with camelCase lists (headlines[], bodies[], by,
 * versionCreated). Only the fields read here are validated; everything else in an item is ignored.
 */

const Text = z.string().max(EXTRACT_LIMITS.maxFragmentChars);
const Named = z.object({ name: Text.optional() });
const RoleValue = z.object({ role: Text.optional(), contentType: Text.optional(), value: Text });

const NinjsItem = z.object({
  uri: Text.optional(),
  // 1.x
  headline: Text.optional(),
  body_html: Text.optional(),
  body_xhtml: Text.optional(),
  body_text: Text.optional(),
  byline: Text.optional(),
  versioncreated: Text.optional(),
  firstcreated: Text.optional(),
  copyrightholder: Text.optional(),
  // 2.x / 3.x
  headlines: z.array(RoleValue).optional(),
  bodies: z.array(RoleValue).optional(),
  by: Text.optional(),
  versionCreated: Text.optional(),
  firstCreated: Text.optional(),
  copyrightHolder: Text.optional(),
  infoSources: z.array(Named).optional(),
  // both
  located: Text.optional(),
});
type NinjsItem = z.infer<typeof NinjsItem>;

// Keys only ninjs uses together; any one of them with a body or headline marks a JSON file as ninjs.
const NINJS_KEYS = ['headlines', 'bodies', 'headline', 'body_text', 'body_html', 'body_xhtml', 'versionCreated', 'versioncreated'];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether parsed JSON has the shape of a ninjs item (or a list of them): used to sniff .json files. */
export function looksLikeNinjs(json: unknown): boolean {
  const first = Array.isArray(json) ? json[0] : json;
  if (!isRecord(first)) return false;
  return NINJS_KEYS.filter((key) => key in first).length >= 2 || ('uri' in first && NINJS_KEYS.some((key) => key in first));
}

const isHtml = (contentType: string | undefined): boolean => /html/i.test(contentType ?? '');

/** Paragraphs from the richest body the item has: HTML keeps paragraph breaks that plain text often lost. */
function bodyParagraphs(item: NinjsItem, source: string): string[] {
  const bodies = item.bodies ?? [];
  const html =
    bodies.find((b) => isHtml(b.contentType) && (b.role ?? 'main') === 'main') ??
    bodies.find((b) => isHtml(b.contentType)) ??
    (item.body_html !== undefined ? { value: item.body_html } : undefined) ??
    (item.body_xhtml !== undefined ? { value: item.body_xhtml } : undefined);
  if (html) {
    const paragraphs = htmlFragmentToParagraphs(html.value, source);
    if (paragraphs.length > 0) return paragraphs;
  }
  const text = bodies.find((b) => !isHtml(b.contentType) && (b.role ?? 'main') === 'main') ?? bodies.find((b) => !isHtml(b.contentType));
  return plainTextToParagraphs(text?.value ?? item.body_text ?? '');
}

function readItem(item: NinjsItem, source: string): ExtractedArticle {
  const headlines = item.headlines ?? [];
  const headline = (headlines.find((h) => (h.role ?? 'main') === 'main') ?? headlines[0])?.value.trim() || item.headline?.trim() || null;
  const published = item.versionCreated ?? item.versioncreated ?? item.firstCreated ?? item.firstcreated ?? null;
  return {
    outlet: item.copyrightHolder ?? item.copyrightholder ?? item.infoSources?.find((s) => s.name)?.name ?? null,
    headline,
    published,
    publishedAt: isoFromStated(published),
    byline: item.by?.trim() || item.byline?.trim() || null,
    dateline: item.located?.trim() || null,
    paragraphs: withoutRepeatedHeadline(bodyParagraphs(item, source), headline),
  };
}

function describeIssue(error: z.ZodError, index: number | null): string {
  const issue = error.issues[0];
  const path = [...(index === null ? [] : [index]), ...(issue?.path ?? [])].join('.');
  return `invalid ninjs (${path || 'item'}: ${issue?.message ?? 'unexpected shape'})`;
}

/** Every item of a ninjs file (one object, or a list of objects) as an article. */
export function parseNinjs(json: string, source: string): ExtractedArticle[] {
  if (json.length > EXTRACT_LIMITS.maxJsonChars) {
    throw new ExtractError(source, `the JSON file is too large (${json.length} characters, limit ${EXTRACT_LIMITS.maxJsonChars})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new ExtractError(source, `malformed JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!looksLikeNinjs(value)) throw new ExtractError(source, 'not a ninjs news item (no headline, body or version fields found)');
  const list = Array.isArray(value) ? value : [value];
  const articles = list.map((raw, i) => {
    const parsed = NinjsItem.safeParse(raw);
    if (!parsed.success) throw new ExtractError(source, describeIssue(parsed.error, Array.isArray(value) ? i : null));
    return readItem(parsed.data, source);
  });
  if (articles.every((a) => a.paragraphs.length === 0)) throw new ExtractError(source, 'the ninjs item has no body text');
  return articles;
}
