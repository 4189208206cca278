import { diffVersions } from '../../../shared/domain/diff';
import type { AnalyzedArticle, PageAnalysis } from '../../../shared/domain/model';
import { parseAndAnalyze } from '../analyze-files';
import { EXIT_INPUT, EXIT_OK, type CliCommand, type CliIo } from '../command';
import { diffText } from '../diff-text';
import { fileArgDefaults, parseFileArgs, type FileArgs } from '../file-args';
import { storyVersions } from '../story-args';

const USAGE = 'diff FILE... --story ID [--from ARTICLE_ID --to ARTICLE_ID] [--json] [--imported-at ISO]';

interface DiffArgs extends FileArgs {
  story: string;
  from: string | null;
  to: string | null;
}

function parseArgs(args: string[]): DiffArgs | string {
  const parsed = parseFileArgs<DiffArgs>(args, { ...fileArgDefaults(), story: '', from: null, to: null }, {
    '--story': (p, value) => void (p.story = value),
    '--from': (p, value) => (value ? void (p.from = value) : '--from needs an article id'),
    '--to': (p, value) => (value ? void (p.to = value) : '--to needs an article id'),
  });
  if (typeof parsed !== 'string' && !parsed.story) return '--story needs a story id (as `analyze` prints it)';
  return parsed;
}

interface Pair {
  versions: AnalyzedArticle[];
  from: AnalyzedArticle;
  to: AnalyzedArticle;
}

/** The story's versions oldest first and the compared pair, or what is wrong with the ids asked for. */
function pickPair(analysis: PageAnalysis, args: DiffArgs): Pair | string {
  const found = storyVersions(analysis, args.story);
  if (typeof found === 'string') return found;
  const { story, versions } = found;
  if (versions.length < 2) return `story ${story.id} has one version (${story.articles.join(', ')}): nothing to compare`;
  const find = (id: string | null, fallback: AnalyzedArticle) => (id === null ? fallback : versions.find((v) => v.id === id));
  const from = find(args.from, versions[0]!);
  const to = find(args.to, versions.at(-1)!);
  const missing = !from ? args.from : !to ? args.to : null;
  if (missing !== null || !from || !to) return `article "${missing}" is not a version of story ${story.id} (its versions: ${story.articles.join(', ')})`;
  return { versions, from, to };
}

const label = (a: AnalyzedArticle) => `${a.outlet ?? '(no outlet)'} (${a.id}${a.published ? `, ${a.published}` : ''})`;

/** `diff`: what changed between two versions of one story, as the Compare tab shows it. */
export const diffCommand: CliCommand = {
  name: 'diff',
  usage: USAGE,
  summary: "compare two versions of a story sentence by sentence (default: its oldest and newest; --json for the changes)",
  async run(args: string[], io: CliIo): Promise<number> {
    const started = await parseAndAnalyze(diffCommand, parseArgs, args, io);
    if (typeof started === 'number') return started;
    const { parsed, analysis, settings } = started;
    const pair = pickPair(analysis, parsed);
    if (typeof pair === 'string') {
      io.err(`copydesk diff: ${pair}`);
      return EXIT_INPUT;
    }
    const diff = diffVersions(pair.from.paragraphs, pair.to.paragraphs, { timeoutMs: settings.diffBudgetMs });
    if (parsed.json) {
      const head = { story: parsed.story, versions: pair.versions.map((v) => v.id), from: pair.from.id, to: pair.to.id };
      const body = diff.related
        ? { related: true, similarity: diff.similarity, approximate: diff.approximate, counts: diff.counts, changes: diff.changes }
        : { related: false, similarity: diff.similarity, approximate: diff.approximate, verdict: diff.verdict, changes: [] };
      io.out(JSON.stringify({ ...head, ...body }, null, 2));
    } else {
      const colour = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
      io.out(diffText(`Story ${parsed.story}: ${label(pair.from)} → ${label(pair.to)}`, diff, colour));
    }
    return EXIT_OK;
  },
};
