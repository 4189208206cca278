import fc from 'fast-check';
import { DRAFT_DOCUMENT_FORMAT, DRAFT_DOCUMENT_VERSION, readDraftArticle, TEXT_FORMAT_BOLD, TEXT_FORMAT_ITALIC, type DraftArticle, type DraftDocument, type SerializedNode } from '../draft';
import { bodyJson, paragraphJson, textJson } from '../draft/lexical-json';
import type { ExportInput, ExportMeta } from '../export';
import { splitSentences } from '../text';

// fast-check arbitraries the property tests share: hostile text for "never throws", sentence-like articles for
// the merge and round-trip properties, and draft articles for the exporters. Test helper only (imported by
// *.property.test.ts, never by the app); pure, so the soak switch comes from the test file (runs below).

/** How much longer soak runs (COPYDESK_SOAK=1, `npm run test:soak`) search than the default run. */
const SOAK_FACTOR = 20;

/** fast-check parameters: `base` runs normally, SOAK_FACTOR times more when soaking. */
export const runs = (base: number, soak: boolean): { numRuns: number } => ({ numRuns: soak ? base * SOAK_FACTOR : base });

/** The ~1 MB cases: a few, soaking or not, since each costs seconds and soaking widens the ordinary inputs instead. */
export const MEGABYTE_RUNS = { numRuns: 3 } as const;

/**
 * Pieces real pasted and scraped copy contains and naive code trips over: both bidi scripts and their
 * overrides, combining marks, emoji with ZWJ, skin tones and flags, C0/C1 controls and NUL, every line and
 * paragraph separator, invisible characters, non-characters, lone surrogates of both halves, markup and
 * entity syntax, and the punctuation sentence splitting and house style key on.
 */
const HOSTILE_PIECES = [
  'مرحبا بالعالم.',
  'שלום עולם!',
  '\u202Eevil\u202C',
  '\u2067isolate\u2069',
  'e\u0301\u0308\u0323',
  'Z\u0351\u0359\u0360\u0361\u035C',
  '👩‍👩‍👧‍👦',
  '👍🏽',
  '🇬🇧',
  '\u0000',
  '\u0007',
  '\u001B[31m',
  '\u007F',
  '\u0085',
  '\u009F',
  '\u2028',
  '\u2029',
  '\uFEFF',
  '\u200B',
  '\u00AD',
  '\u00A0',
  '\uFFFE',
  '\uFFFF',
  '\uD800',
  '\uDBFF',
  '\uDC00',
  '\uDFFF',
  '\r',
  '\r\n',
  '\n\n',
  '\t',
  '\f\v',
  ' ',
  '<script>alert(1)</script>',
  ']]>',
  '<!ENTITY x SYSTEM "file:///etc/passwd">',
  '&amp;&#0;&#xD800;&bogus;',
  '"',
  '“',
  '‘',
  "'",
  '«',
  '»',
  '—',
  '…',
  '...',
  '.',
  '!?',
  '# ',
  '- ',
  '1. ',
  '> ',
  '*',
  '_',
  '`',
  '[x](javascript:alert(1))',
  'Mr.',
  'U.S.',
  '2.5',
  '1990-95',
  'Tuesday',
  'By Jo Bloggs',
  'LONDON (Reuters) -',
  '5 hours ago',
  'Read more',
] as const;

/** A few words of ordinary news vocabulary; none is an abbreviation the sentence splitter knows. */
const WORDS = [
  'police', 'council', 'minister', 'river', 'bridge', 'museum', 'school', 'village', 'hospital', 'report',
  'officers', 'residents', 'workers', 'station', 'market', 'harbour', 'festival', 'railway', 'garden', 'library',
  'said', 'reopened', 'closed', 'announced', 'confirmed', 'visited', 'repaired', 'opened', 'warned', 'agreed',
  'after', 'before', 'during', 'because', 'while', 'across', 'under', 'beside', 'within', 'towards',
  'the', 'a', 'its', 'their', 'this', 'every', 'several', 'many', 'local', 'new',
  'morning', 'evening', 'weekend', 'winter', 'summer', 'storm', 'flood', 'repairs', 'plans', 'funding',
] as const;

const word = fc.constantFrom(...WORDS);

/** An atom of hostile text: a known troublemaker, any code points, any graphemes, or plain words. */
const hostileAtom = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_PIECES) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 3, arbitrary: word.map((w) => `${w} `) },
);

/** Arbitrary Unicode with the troublemakers above mixed in, including the degenerate texts: empty, blank, only punctuation. */
export const hostileText = (maxAtoms = 40): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 8, arbitrary: fc.array(hostileAtom, { maxLength: maxAtoms }).map((atoms) => atoms.join('')) },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', '\n', ' \t\r\n \u00A0\u2028 ', '...!!!???', '“”‘’«»—–-', '\u0000\u0000') },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  );

/** Several hostile lines as a page: the multi-line input page analysis and the importers see. */
export const hostilePage = (maxLines = 30): fc.Arbitrary<string> =>
  fc.array(hostileText(12), { maxLength: maxLines }).chain((lines) => fc.constantFrom('\n', '\r\n', '\n\n').map((sep) => lines.join(sep)));

/** About 1 MB of one repeated unit, the very long line of a minified page or a flattened feed (a few runs only). */
export const megabyteLine = (): fc.Arbitrary<string> =>
  fc.tuple(hostileText(20), fc.constantFrom(' ', '. ', 'Ab. ', 'x', 'é\u0301 ', '👩‍👩‍👧 ', '\u0000', '\u201c', "' ")).map(([head, unit]) => head + unit.repeat(Math.ceil(1_000_000 / unit.length)));

const capitalised = (w: string): string => w[0]!.toUpperCase() + w.slice(1);

/** A sentence as news copy writes one: a capitalised first word, 5 to 14 words, a full stop. */
export const sentence = (): fc.Arbitrary<string> =>
  fc.array(word, { minLength: 5, maxLength: 14 }).map((words) => `${capitalised(words[0]!)} ${words.slice(1).join(' ')}.`);

/** A headline in sentence case (the UK press's style), without a full stop. */
export const headline = (): fc.Arbitrary<string> => fc.array(word, { minLength: 4, maxLength: 9 }).map((words) => `${capitalised(words[0]!)} ${words.slice(1).join(' ')}`);

/** Sentences grouped into paragraphs of the given sizes, in turn (the sizes repeat when they run out). */
function paragraphsOf(sentences: readonly string[], sizes: readonly number[]): string[] {
  const paragraphs: string[] = [];
  for (let at = 0, k = 0; at < sentences.length; k++) {
    const size = sizes[k % sizes.length]!;
    paragraphs.push(sentences.slice(at, at + size).join(' '));
    at += size;
  }
  return paragraphs;
}

/** Paragraph sizes (in sentences) as news copy has them: one to three. */
const paragraphSizes = fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 12 });

/**
 * A generated article: a headline and `minSentences` to 18 distinct sentences in paragraphs of 1 to 3 (a repeated
 * sentence is one passage to the alignment, so "the same sentences" would not be well defined).
 */
export const article = (minSentences = 2): fc.Arbitrary<{ headline: string; paragraphs: string[] }> =>
  fc
    .tuple(headline(), fc.uniqueArray(sentence(), { minLength: minSentences, maxLength: Math.max(18, minSentences) }), paragraphSizes)
    .map(([head, sentences, sizes]) => ({ headline: head, paragraphs: paragraphsOf(sentences, sizes) }));

const LINKS = [null, null, 'https://example.org/a?b=1&c="2"', 'mailto:desk@example.org', 'javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', ' JaVaScRiPt:alert(1)', 'https://例え.jp/\uD800'];

/** One inline leaf of a Lexical body: text with a format, a link around text, or a line break. */
const inlineNode = (text: fc.Arbitrary<string>): fc.Arbitrary<SerializedNode> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.tuple(text, fc.constantFrom(0, TEXT_FORMAT_BOLD, TEXT_FORMAT_ITALIC, TEXT_FORMAT_BOLD | TEXT_FORMAT_ITALIC)).map(([t, format]) => ({ ...textJson(t), format })) },
    { weight: 2, arbitrary: fc.tuple(text, fc.constantFrom(...LINKS)).map(([t, url]): SerializedNode => (url === null ? textJson(t) : { type: 'link', version: 1, url, children: [textJson(t)] })) },
    { weight: 1, arbitrary: fc.constant<SerializedNode>({ type: 'linebreak', version: 1 }) },
  );

/** One block of a Lexical body: paragraph, sub-head, quote or list, the kinds the editor makes. */
const blockNode = (text: fc.Arbitrary<string>): fc.Arbitrary<SerializedNode> => {
  const inlines = fc.array(inlineNode(text), { minLength: 1, maxLength: 5 });
  return fc.oneof(
    { weight: 5, arbitrary: inlines.map(paragraphJson) },
    { weight: 1, arbitrary: inlines.map((children): SerializedNode => ({ type: 'heading', version: 1, tag: 'h2', children })) },
    { weight: 1, arbitrary: inlines.map((children): SerializedNode => ({ type: 'quote', version: 1, children })) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom('bullet', 'number'), fc.array(inlines, { minLength: 1, maxLength: 3 }))
        .map(([listType, items]): SerializedNode => ({ type: 'list', version: 1, listType, children: items.map((children) => ({ type: 'listitem', version: 1, children })) })),
    },
  );
};

/** A draft document (no merge plan) whose fields and body text come from `text`. */
export const draftDocument = (text: fc.Arbitrary<string> = hostileText(10)): fc.Arbitrary<DraftDocument> =>
  fc.record({ headline: text, standfirst: text, byline: text, dateline: text, body: fc.array(blockNode(text), { maxLength: 6 }) }).map(({ body, ...fields }) => ({
    format: DRAFT_DOCUMENT_FORMAT,
    version: DRAFT_DOCUMENT_VERSION,
    fields,
    body: bodyJson(body),
    merge: null,
  }));

/** A draft article as exports receive it: a generated document read the way a saved draft is. */
export const draftArticle = (text?: fc.Arbitrary<string>): fc.Arbitrary<DraftArticle> => draftDocument(text).map(readDraftArticle);

/** Export metadata with a fixed export time (exporters never read the clock), hostile sources and language. */
export const exportMeta = (text: fc.Arbitrary<string> = hostileText(6)): fc.Arbitrary<ExportMeta> =>
  fc.record({
    language: fc.constantFrom('en-GB', 'ar', 'he-IL', 'he"><x', '', '\u0000'),
    credits: fc.boolean(),
    sources: fc.array(
      fc.record({
        copyId: text,
        outlet: fc.option(text),
        headline: fc.option(text),
        publishedAt: fc.constantFrom(null, '2026-11-27T10:00:00Z', 'yesterday', ''),
        url: fc.constantFrom(...LINKS),
      }),
      { maxLength: 3 },
    ),
    id: text,
  }).map((m) => ({ ...m, revision: 3, exportedAt: '2026-11-27T14:30:00+00:00' }));

/** Everything an exporter reads, hostile throughout. */
export const exportInput = (text?: fc.Arbitrary<string>): fc.Arbitrary<ExportInput> => fc.record({ article: draftArticle(text), meta: exportMeta(text) });

/** What an edit does to one sentence of an article: keep it, drop it, reword one word, or add a new sentence after it. */
type SentenceEdit = { kind: 'keep' } | { kind: 'drop' } | { kind: 'reword'; at: number; word: string } | { kind: 'add'; sentence: string };

const sentenceEdit: fc.Arbitrary<SentenceEdit> = fc.oneof(
  { weight: 6, arbitrary: fc.constant({ kind: 'keep' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'drop' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reword' as const), at: fc.nat(), word }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('add' as const), sentence: sentence() }) },
);

function applyEdit(text: string, edit: SentenceEdit): string[] {
  if (edit.kind === 'drop') return [];
  if (edit.kind === 'add') return [text, edit.sentence];
  if (edit.kind === 'keep') return [text];
  const words = text.slice(0, -1).split(' ');
  const at = 1 + (edit.at % Math.max(1, words.length - 1));
  return [[...words.slice(0, at), edit.word, ...words.slice(at + 1)].join(' ') + '.'];
}

/** Another outlet's version of `paragraphs`: sentences kept, dropped, reworded or added, paragraphs broken anew. */
export const revision = (paragraphs: readonly string[]): fc.Arbitrary<string[]> => {
  const sentences = paragraphs.flatMap(splitSentences);
  return fc
    .tuple(fc.array(sentenceEdit, { minLength: sentences.length, maxLength: sentences.length }), paragraphSizes)
    .map(([edits, sizes]) => paragraphsOf(sentences.flatMap((s, k) => applyEdit(s, edits[k]!)), sizes));
};
