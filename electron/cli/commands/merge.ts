import { buildDraftDocument, draftToMergedArticle, fieldsFromVersions } from '../../../shared/domain/draft';
import { mergeStory, parsePolicy, renderArticle, NEWEST_POLICY, type ArticleFormat, type MergePlan, type MergePolicy } from '../../../shared/domain/merge';
import type { AnalyzedArticle } from '../../../shared/domain/model';
import { writeFileAtomic } from '../../main/store/atomic-write';
import { parseAndAnalyze } from '../analyze-files';
import { EXIT_INPUT, EXIT_OK, type CliCommand, type CliIo } from '../command';
import { fileArgDefaults, parseFileArgs, type FileArgs } from '../file-args';
import { storyVersions } from '../story-args';

const USAGE = 'merge FILE... --story ID [--policy newest|base:ARTICLE_ID] [--format txt|md] [--json] [--out FILE] [--imported-at ISO]';

interface MergeArgs extends FileArgs {
  story: string;
  policy: MergePolicy;
  format: ArticleFormat;
  out: string | null;
}

function parseArgs(args: string[]): MergeArgs | string {
  const parsed = parseFileArgs<MergeArgs>(args, { ...fileArgDefaults(), story: '', policy: NEWEST_POLICY, format: 'txt', out: null }, {
    '--story': (p, value) => void (p.story = value),
    '--out': (p, value) => (value ? void (p.out = value) : '--out needs a file name'),
    '--format': (p, value) => (value === 'txt' || value === 'md' ? void (p.format = value) : `--format "${value}": use txt or md`),
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
 * The article as the editor starts it: rendered from the draft document the Merge tab opens (fields, then
 * the body's blocks), not from the plan directly, so the CLI cannot drift from what the sub-editor sees.
 */
function renderMerge(plan: MergePlan, versions: readonly AnalyzedArticle[], format: ArticleFormat): string {
  return renderArticle(draftToMergedArticle(buildDraftDocument(plan, fieldsFromVersions(plan, versions))), format);
}

/** `merge`: one article from every version of a story, as the Merge tab starts it (--json for the plan). */
export const mergeCommand: CliCommand = {
  name: 'merge',
  usage: USAGE,
  summary: 'merge the versions of a story into one article (default policy: newest wins, nothing lost; --json for the plan)',
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
    const text = parsed.json ? `${JSON.stringify({ story: parsed.story, ...merged.plan }, null, 2)}\n` : renderMerge(merged.plan, found.versions, parsed.format);
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
