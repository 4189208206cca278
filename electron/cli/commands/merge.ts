import type { DraftArticle } from '../../../shared/domain/draft';
import { buildDraftDocument, fieldsFromVersions, readDraftArticle } from '../../../shared/domain/draft';
import { checkExport, checkReport, EXPORT_FORMATS, exportFormat, type ExportFormatInfo, type ExportInput, type ExportIssue } from '../../../shared/domain/export';
import { mergeStory, parsePolicy, NEWEST_POLICY, type MergePlan, type MergePolicy } from '../../../shared/domain/merge';
import { DEFAULT_SETTINGS, type AnalyzedArticle, type QuoteStyle } from '../../../shared/domain/model';
import { writeFileAtomic } from '../../main/store/atomic-write';
import { parseAndAnalyze } from '../analyze-files';
import { EXIT_INPUT, EXIT_OK, type CliCommand, type CliIo } from '../command';
import { fileArgDefaults, parseFileArgs, type FileArgs } from '../file-args';
import { storyVersions } from '../story-args';

const FORMAT_IDS = EXPORT_FORMATS.map((f) => f.id);
const USAGE = `merge FILE... --story ID [--policy newest|base:ARTICLE_ID] [--format ${FORMAT_IDS.join('|')}] [--lang TAG] [--credits] [--json] [--out FILE [--force]] [--imported-at ISO]`;
/** A BCP 47 tag's shape (language, then subtags); enough to refuse a typo before it lands in a feed file. */
const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z\d]{1,8})*$/i;
/** Options without a value; file-args reads only options that take one. */
const FLAGS = ['--credits', '--force'] as const;

interface MergeArgs extends FileArgs {
  story: string;
  policy: MergePolicy;
  format: ExportFormatInfo;
  language: string;
  out: string | null;
  credits: boolean;
  force: boolean;
}

/** The flags among the options (before a "--", after which everything is a file name), and the rest. */
function takeFlags(args: string[]): { rest: string[]; flags: Set<string> } {
  const end = args.includes('--') ? args.indexOf('--') : args.length;
  const isFlag = (arg: string, i: number) => i < end && (FLAGS as readonly string[]).includes(arg);
  return { rest: args.filter((arg, i) => !isFlag(arg, i)), flags: new Set(args.filter(isFlag)) };
}

function parseArgs(args: string[]): MergeArgs | string {
  const { rest, flags } = takeFlags(args);
  const defaults = { ...fileArgDefaults(), story: '', policy: NEWEST_POLICY, format: EXPORT_FORMATS[0]!, language: 'en-GB', out: null, credits: flags.has('--credits'), force: flags.has('--force') };
  const parsed = parseFileArgs<MergeArgs>(rest, defaults, {
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
  if (typeof parsed === 'string') return parsed;
  if (!parsed.story) return '--story needs a story id (as `analyze` prints it)';
  // Bytes on a terminal are useless and can upset it; the Word file must go to a file.
  if (parsed.format.id === 'docx' && parsed.out === null && !parsed.json) return '--format docx writes a binary Word file: name it with --out FILE';
  return parsed;
}

/**
 * The article as the editor starts it, ready to export: read from the draft document the Merge tab opens (fields,
 * then the body's blocks), not from the plan directly, so the CLI cannot drift from what the sub-editor sees.
 */
function exportInput(plan: MergePlan, versions: readonly AnalyzedArticle[], parsed: MergeArgs): ExportInput {
  const headlines = new Map(versions.map((v) => [v.id, v.headline]));
  return {
    article: readDraftArticle(buildDraftDocument(plan, fieldsFromVersions(plan, versions))),
    meta: {
      id: parsed.story,
      revision: 1,
      language: parsed.language,
      // --imported-at pins the export time too, so a run can be reproduced byte for byte.
      exportedAt: parsed.importedAt,
      sources: plan.versions.map((v) => ({ copyId: v.id, outlet: v.outlet, headline: headlines.get(v.id) ?? null, publishedAt: v.publishedAt, url: null })),
      // The HTML document always names its sources; the text formats add the credits line when asked (--credits).
      credits: parsed.credits || parsed.format.id === 'html',
    },
  };
}

/** The export check with the house style the language implies (US English: US quotes). */
function exportProblems(article: DraftArticle, language: string): ExportIssue[] {
  const quoteStyle: QuoteStyle = /^en-us$/i.test(language) ? 'us' : DEFAULT_SETTINGS.quoteStyle;
  return checkReport(article, checkExport(article, { quoteStyle })).problems;
}

const problemLine = (issue: ExportIssue): string => `  ${issue.where}: ${issue.message} (${issue.kind}${issue.fixable ? ', fixable' : ''}): ${issue.excerpt}`;

/** `merge`: one article from every version of a story, as the Merge tab starts it (--json for the plan). */
export const mergeCommand: CliCommand = {
  name: 'merge',
  usage: USAGE,
  summary:
    'merge the versions of a story into one article in any export format (default policy: newest wins, nothing lost; --json for the plan). ' +
    'Printed, it is a preview and the export check only warns; written with --out, check problems stop it unless --force',
  async run(args: string[], io: CliIo): Promise<number> {
    const started = await parseAndAnalyze(mergeCommand, parseArgs, args, io);
    if (typeof started === 'number') return started;
    const { parsed, analysis, settings } = started;
    const fail = (problem: string) => {
      io.err(`copydesk merge: ${problem}`);
      return EXIT_INPUT;
    };
    const found = storyVersions(analysis, parsed.story);
    if (typeof found === 'string') return fail(found);
    const merged = mergeStory(found.versions, parsed.policy, { timeoutMs: settings.diffBudgetMs });
    if (!merged.ok) return fail(merged.problem);
    // Still printed: a coarser merge is useful, but the sub-editor must know to check it.
    if (merged.plan.approximate) io.err('copydesk merge: warning: a comparison budget was reached; the merge is approximate (check it with --json)');
    let output: string | Uint8Array;
    if (parsed.json) output = `${JSON.stringify({ story: parsed.story, ...merged.plan }, null, 2)}\n`;
    else {
      const input = exportInput(merged.plan, found.versions, parsed);
      const problems = exportProblems(input.article, parsed.language);
      const stops = parsed.out !== null && !parsed.force;
      if (problems.length) {
        io.err(`copydesk merge: ${stops ? 'not written' : 'warning'}: the export check found ${problems.length} problem(s)${stops ? ' (fix them, or write anyway with --force)' : ''}:`);
        for (const issue of problems) io.err(problemLine(issue));
        if (stops) return EXIT_INPUT;
      }
      const rendered = await parsed.format.render(input);
      output = rendered.kind === 'text' ? rendered.text : rendered.bytes;
    }
    if (parsed.out === null) {
      // Always text here: parseArgs sends binary formats to a file.
      if (typeof output === 'string') io.out(output);
      return EXIT_OK;
    }
    try {
      await writeFileAtomic(parsed.out, output);
    } catch (error) {
      return fail(`cannot write ${parsed.out}: ${error instanceof Error ? error.message : String(error)}`);
    }
    return EXIT_OK;
  },
};
