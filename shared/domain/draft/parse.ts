import { MergePlanSchema, type MergePlan } from '../merge';
import { DraftDocument } from './document';

/** A document whose plan was validated too: readers may use `merge` as a plan without checking again. */
export type ParsedDraftDocument = DraftDocument & { merge: MergePlan | null };

/** Far above a long feature with its plan (a 10,000-word merge of ten versions is about 2 MB). */
export const MAX_DRAFT_CONTENT_CHARS = 20_000_000;

export type DraftDocumentParse = { ok: true; document: ParsedDraftDocument } | { ok: false; problem: string };

/** Lexical bodies nest a few levels (root, list, item, list, …); far deeper means a damaged or hostile file. */
export const MAX_BODY_NESTING = 200;

/** How deep `children` arrays nest, measured without recursion so a pathological file cannot overflow the stack. */
function childNesting(json: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[json, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_BODY_NESTING) return deepest;
    const children = typeof node === 'object' && node !== null ? (node as { children?: unknown }).children : undefined;
    if (Array.isArray(children)) for (const child of children) stack.push([child, depth + 1]);
  }
  return deepest;
}

const where = (path: readonly PropertyKey[]) => (path.length ? path.map(String).join('.') : 'the document');

/**
 * Reads a draft's stored `content`. Every failure says what is wrong and where, so the caller can name the
 * draft and the problem instead of opening an empty editor over a document it could not read. Checks run
 * cheapest first: size, JSON, nesting (before the recursive schema can overflow), outline, plan.
 */
export function parseDraftDocument(content: string): DraftDocumentParse {
  if (content.length > MAX_DRAFT_CONTENT_CHARS) return { ok: false, problem: `the document is ${content.length} characters, over the ${MAX_DRAFT_CONTENT_CHARS} limit` };
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (error) {
    return { ok: false, problem: `not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const root = typeof json === 'object' && json !== null ? (json as { body?: { root?: unknown } }).body?.root : undefined;
  if (childNesting(root) > MAX_BODY_NESTING) return { ok: false, problem: `the body nests more than ${MAX_BODY_NESTING} levels deep` };
  const document = DraftDocument.safeParse(json);
  if (!document.success) {
    const issue = document.error.issues[0]!;
    return { ok: false, problem: `not a Copydesk draft document: ${where(issue.path)}: ${issue.message}` };
  }
  if (document.data.merge === null) return { ok: true, document: { ...document.data, merge: null } };
  const plan = MergePlanSchema.safeParse(document.data.merge);
  if (!plan.success) {
    const issue = plan.error.issues[0]!;
    return { ok: false, problem: `the draft's merge plan is damaged: ${where(['merge', ...issue.path])}: ${issue.message}` };
  }
  return { ok: true, document: { ...document.data, merge: plan.data } };
}

/** The stored form: compact JSON, since drafts are saved on every pause in typing. */
export const serializeDraftDocument = (document: DraftDocument): string => JSON.stringify(document);
