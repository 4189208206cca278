import { mergeStory, parsePolicy, planToArticle, renderArticle, NEWEST_POLICY, type ArticleFormat, type MergePolicy } from '../../../shared/domain/merge';
import { writeFileAtomic } from '../../main/store/atomic-write';
import { parseAndAnalyze } from '../analyze-files';
import { EXIT_INPUT, EXIT_OK, type CliCommand, type CliIo } from '../command';
import { parseImportedAt, storyVersions } from '../story-args';

const USAGE = 'merge FILE... --story ID [--policy newest|base:ARTICLE_ID] [--format txt|md] [--json] [--out FILE] [--imported-at ISO]';

interface MergeArgs {
  files: string[];
  story: string;
  policy: MergePolicy;
  format: ArticleFormat;
  json: boolean;
  out: string | null;
  importedAt: string;
}

function parseArgs(args: string[]): MergeArgs | string {
  const parsed: MergeArgs = { files: [], story: '', policy: NEWEST_POLICY, format: 'txt', json: false, out: null, importedAt: new Date().toISOString() };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = () => args[++i] ?? '';
    if (arg === '--') {
      parsed.files.push(...args.slice(i + 1));
      break;
    } else if (arg === '--json') parsed.json = true;
    else if (arg === '--story') parsed.story = value();
    else if (arg === '--out') {
      parsed.out = value();
      if (!parsed.out) return '--out needs a file name';
    } else if (arg === '--format') {
      const format = value();
      if (format !== 'txt' && format !== 'md') return `--format "${format}": use txt or md`;
      parsed.format = format;
    } else if (arg === '--policy') {
      const policy = parsePolicy(value());
      if ('problem' in policy) return policy.problem;
      parsed.policy = policy;
    } else if (arg === '--imported-at') {
      const at = parseImportedAt(value());
      if (typeof at !== 'string') return at.problem;
      parsed.importedAt = at;
    } else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else parsed.files.push(arg);
  }
  if (!parsed.files.length) return 'name at least one FILE';
  if (!parsed.story) return '--story needs a story id (as `analyze` prints it)';
  return parsed;
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
    const found = storyVersions(analysis, parsed.story);
    const merged = typeof found === 'string' ? { ok: false as const, problem: found } : mergeStory(found.versions, parsed.policy);
    if (!merged.ok) {
      io.err(`copydesk merge: ${merged.problem}`);
      return EXIT_INPUT;
    }
    // Still printed: a coarser merge is useful, but the sub-editor must know to check it.
    if (merged.plan.approximate) io.err('copydesk merge: warning: a comparison budget was reached; the merge is approximate (check it with --json)');
    const text = parsed.json ? `${JSON.stringify({ story: parsed.story, ...merged.plan }, null, 2)}\n` : renderArticle(planToArticle(merged.plan), parsed.format);
    if (parsed.out === null) io.out(text);
    else {
      try {
        await writeFileAtomic(parsed.out, text);
      } catch (error) {
        io.err(`copydesk merge: cannot write ${parsed.out}: ${error instanceof Error ? error.message : String(error)}`);
        return EXIT_INPUT;
      }
    }
    return EXIT_OK;
  },
};
