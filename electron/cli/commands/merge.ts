import { buildDraftDocument, fieldsFromVersions, readDraftArticle } from '../../../shared/domain/draft';
import { EXPORT_FORMATS, exportFormat, type ExportFormatInfo } from '../../../shared/domain/export';
import { mergeStory, parsePolicy, NEWEST_POLICY, type MergePlan, type MergePolicy } from '../../../shared/domain/merge';
import type { AnalyzedArticle } from '../../../shared/domain/model';
import { writeFileAtomic } from '../../main/store/atomic-write';
import { parseAndAnalyze } from '../analyze-files';
import { EXIT_INPUT, EXIT_OK, type CliCommand, type CliIo } from '../command';
import { fileArgDefaults, parseFileArgs, type FileArgs } from '../file-args';
import { storyVersions } from '../story-args';

const FORMAT_IDS = EXPORT_FORMATS.map((f) => f.id);
const USAGE = `merge FILE... --story ID [--policy newest|base:ARTICLE_ID] [--format ${FORMAT_IDS.join('|')}] [--lang TAG] [--json] [--out FILE] [--imported-at ISO]`;
/** A BCP 47 tag's shape (language, then subtags); enough to refuse a typo before it lands in a feed file. */
const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z\d]{1,8})*$/i;

interface MergeArgs extends FileArgs {
  story: string;
  policy: MergePolicy;
  format: ExportFormatInfo;
  language: string;
  out: string | null;
}

function parseArgs(args: string[]): MergeArgs | string {
  const parsed = parseFileArgs<MergeArgs>(args, { ...fileArgDefaults(), story: '', policy: NEWEST_POLICY, format: EXPORT_FORMATS[0], language: 'en-GB', out: null }, {
    '--story': (p, value) => void (p.story = value),
    '--out': (p, value) => (value ? void (p.out = value) : '--out needs a file name'),
    '--format': (p, value) => {
      const format = exportFormat(value);
      if (!format) return `--format "${value}": not an export format (formats: ${FORMAT_IDS.join(', ')})`;
      p.format = format;
    },
    '--lang': (p, value) => (LANGUAGE_TAG.test(value) ? void (p.language = value) : `--lang "${value}": use a BCP 47 language tag such as en-GB`),
    '--policy': (p, value) => {
      const policy = parsePolicy(value);
      if ('problem' in policy) return policy.problem;
      p.policy = policy;
    },
  });
  if (typeof parsed !== 'string' && !parsed.story) return '--story needs a story id (as `analyze` prints it)';
  return parsed;
}

/**
 * The article as the editor starts it, exported: read from the draft document the Merge tab opens (fields,
 * then the body's blocks), not from the plan directly, so the CLI cannot drift from what the sub-editor sees.
 */
function exportMerge(plan: MergePlan, versions: readonly AnalyzedArticle[], parsed: MergeArgs): string {
  const article = readDraftArticle(buildDraftDocument(plan, fieldsFromVersions(plan, versions)));
  const headlines = new Map(versions.map((v) => [v.id, v.headline]));
  return parsed.format.exporter({
    article,
    meta: {
      id: parsed.story,
      revision: 1,
      language: parsed.language,
      // --imported-at pins the export time too, so a run can be reproduced byte for byte.
      exportedAt: parsed.importedAt,
      sources: plan.versions.map((v) => ({ copyId: v.id, outlet: v.outlet, headline: headlines.get(v.id) ?? null, publishedAt: v.publishedAt, url: null })),
      // txt and md stay as documented (the editor's text, no credits line); the HTML document names its sources.
      credits: parsed.format.id === 'html',
    },
  });
}

/** `merge`: one article from every version of a story, as the Merge tab starts it (--json for the plan). */
export const mergeCommand: CliCommand = {
  name: 'merge',
  usage: USAGE,
  summary: 'merge the versions of a story into one article in any export format (default policy: newest wins, nothing lost; --json for the plan)',
  async run(args: string[], io: CliIo): Promise<number> {
    const started = await parseAndAnalyze(mergeCommand, parseArgs, args, io);
    if (typeof started === 'number') return started;
    const { parsed, analysis } = started;
    const fail = (problem: string) => {
      io.err(`copydesk merge: ${problem}`);
      return EXIT_INPUT;
    };
    const found = storyVersions(analysis, parsed.story);
    if (typeof found === 'string') return fail(found);
    const merged = mergeStory(found.versions, parsed.policy);
    if (!merged.ok) return fail(merged.problem);
    // Still printed: a coarser merge is useful, but the sub-editor must know to check it.
    if (merged.plan.approximate) io.err('copydesk merge: warning: a comparison budget was reached; the merge is approximate (check it with --json)');
    const text = parsed.json ? `${JSON.stringify({ story: parsed.story, ...merged.plan }, null, 2)}\n` : exportMerge(merged.plan, found.versions, parsed);
    if (parsed.out === null) io.out(text);
    else {
      try {
        await writeFileAtomic(parsed.out, text);
      } catch (error) {
        return fail(`cannot write ${parsed.out}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return EXIT_OK;
  },
};
