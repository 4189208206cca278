import { z } from 'zod';
import type { CopySummary } from '../../../shared/domain/model';
import { describeIssue, type FileFormat } from './file-format';
import { timeSlicer } from './time-slice';

/**
 * copies/index.json holds one row per copy as an array in a fixed column order rather than an object: with
 * 50,000 copies the repeated key names were a quarter of the file, and parsing them a quarter of the start-up
 * time. The column names are written too, so the file explains itself and a reordering is detected.
 */
export const COPY_INDEX_COLUMNS = [
  'id',
  'fingerprint',
  'source',
  'format',
  'index',
  'outlet',
  'headline',
  'published',
  'publishedAt',
  'byline',
  'dateline',
  'importedAt',
  'storyId',
  'snippet',
  'wordCount',
] as const;

const text = z.string();
const optionalText = z.string().nullable();
const count = z.number().int().min(0);
const Row = z.tuple([
  z.string().min(1),
  z.string().min(1),
  text,
  text,
  count,
  optionalText,
  optionalText,
  optionalText,
  optionalText,
  optionalText,
  optionalText,
  text,
  optionalText,
  text,
  count,
]);
type Row = z.infer<typeof Row>;

const IndexFile = z.object({
  columns: z.array(z.string()).refine((c) => c.join() === COPY_INDEX_COLUMNS.join(), 'columns are not the ones this version writes'),
  rows: z.array(Row),
});

export interface CopyIndex {
  copies: CopySummary[];
}

const toRow = (c: CopySummary): Row => [
  c.id,
  c.fingerprint,
  c.origin.source,
  c.origin.format,
  c.origin.index,
  c.outlet,
  c.headline,
  c.published,
  c.publishedAt,
  c.byline,
  c.dateline,
  c.importedAt,
  c.storyId,
  c.snippet,
  c.wordCount,
];

const fromRow = ([id, fingerprint, source, format, index, outlet, headline, published, publishedAt, byline, dateline, importedAt, storyId, snippet, wordCount]: Row): CopySummary => ({
  id,
  fingerprint,
  origin: { source, format, index },
  outlet,
  headline,
  published,
  publishedAt,
  byline,
  dateline,
  importedAt,
  storyId,
  snippet,
  wordCount,
});

/**
 * The JSON of each row, by summary. Every import rewrites the whole index, and stringifying 10,000 unchanged
 * rows each time held up the main process for tens of milliseconds; summaries are never mutated (a change
 * makes a new object), so a row's text stays valid for as long as its summary lives. The first write after
 * opening still stringifies every row, in slices.
 */
const rowText = new WeakMap<CopySummary, string>();

function rowJson(summary: CopySummary): string {
  let text = rowText.get(summary);
  if (text === undefined) {
    text = JSON.stringify(toRow(summary));
    rowText.set(summary, text);
  }
  return text;
}

export const copyIndexFormat: FileFormat<CopyIndex> = {
  parse(raw) {
    const parsed = IndexFile.safeParse(raw);
    return parsed.success ? { ok: true, value: { copies: parsed.data.rows.map(fromRow) } } : { ok: false, reason: describeIssue(parsed.error) };
  },
  serialize: (index) => ({ columns: COPY_INDEX_COLUMNS, rows: index.copies.map(toRow) }),
  async stringify(index) {
    const slice = timeSlicer();
    const rows: string[] = [];
    for (const summary of index.copies) {
      rows.push(rowJson(summary));
      await slice();
    }
    return `{"columns":${JSON.stringify(COPY_INDEX_COLUMNS)},"rows":[${rows.join(',')}]}`;
  },
};
