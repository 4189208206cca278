import { inText, type MergePlan, type MergeVersion } from '../merge';
import { DRAFT_DOCUMENT_FORMAT, DRAFT_DOCUMENT_VERSION, type DraftDocument, type DraftFields, type SerializedNode } from './document';
import { bodyJson, paragraphJson, passageJson, textJson } from './lexical-json';
import { serializeDraftDocument } from './parse';
import { draftText } from './text';

/**
 * The editor's starting document for a plan: one paragraph per merged paragraph, each passage in the text an
 * inline passage node carrying its provenance, neighbours separated by a plain space (outside any passage,
 * so the space belongs to neither and deleting a passage leaves its neighbours' text intact).
 */
export function buildDraftDocument(plan: MergePlan, fields: DraftFields): DraftDocument {
  const paragraphs: SerializedNode[][] = [];
  for (const passage of plan.passages) {
    if (!inText(passage)) continue;
    const children = (paragraphs[passage.paragraph!] ??= []);
    if (children.length > 0) children.push(textJson(' '));
    children.push(passageJson({ id: passage.id, wording: passage.text, from: passage.from, outlets: passage.outlets }, passage.text));
  }
  return {
    format: DRAFT_DOCUMENT_FORMAT,
    version: DRAFT_DOCUMENT_VERSION,
    fields,
    body: bodyJson(paragraphs.map(paragraphJson)),
    merge: plan,
  };
}

/** A version as merging sees it, plus the header fields an analyzed article or stored copy may carry. */
type VersionWithFields = MergeVersion & { byline?: string | null; dateline?: string | null };

/** The fields a merge starts with: the plan's headline, the wording version's byline and dateline. */
export function fieldsFromVersions(plan: MergePlan, versions: readonly VersionWithFields[]): DraftFields {
  // The wording version's: the byline and dateline must belong to the copy whose words the article prints.
  const wording = versions.find((v) => v.id === plan.wordingVersion);
  return { headline: plan.headline ?? '', standfirst: '', byline: wording?.byline ?? '', dateline: wording?.dateline ?? '' };
}

const UNTITLED = 'Untitled merge';
const TITLE_WORDS = 12;

/** What drafts.fromStory stores for a new merge: a title for lists, the document, and its plain text. */
export function draftFromPlan(plan: MergePlan, versions: readonly VersionWithFields[]): { title: string; content: string; text: string } {
  const document = buildDraftDocument(plan, fieldsFromVersions(plan, versions));
  const text = draftText(document);
  const title = document.fields.headline.trim() || text.split(/\s+/).slice(0, TITLE_WORDS).join(' ') || UNTITLED;
  return { title, content: serializeDraftDocument(document), text };
}
