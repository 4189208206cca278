import { diffVersions } from '../../../shared/domain/diff';
import type { AnalyzedArticle, PageAnalysis } from '../../../shared/domain/model';
import { parseAndAnalyze } from '../analyze-files';
import { EXIT_INPUT, EXIT_OK, type CliCommand, type CliIo } from '../command';
import { diffText } from '../diff-text';
import { parseImportedAt, storyVersions } from '../story-args';

const USAGE = 'diff FILE... --story ID [--from ARTICLE_ID --to ARTICLE_ID] [--json] [--imported-at ISO]';

interface DiffArgs {
  files: string[];
  story: string;
  from: string | null;
  to: string | null;
  json: boolean;
  importedAt: string;
}

function parseArgs(args: string[]): DiffArgs | string {
  const parsed: DiffArgs = { files: [], story: '', from: null, to: null, json: false, importedAt: new Date().toISOString() };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = () => args[++i] ?? '';
    if (arg === '--') {
      parsed.files.push(...args.slice(i + 1));
      break;
    } else if (arg === '--json') parsed.json = true;
    else if (arg === '--story') parsed.story = value();
    else if (arg === '--from') parsed.from = value();
    else if (arg === '--to') parsed.to = value();
    else if (arg === '--imported-at') {
      const at = parseImportedAt(value());
      if (typeof at !== 'string') return at.problem;
      parsed.importedAt = at;
    } else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else parsed.files.push(arg);
  }
  if (!parsed.files.length) return 'name at least one FILE';
  if (!parsed.story) return '--story needs a story id (as `analyze` prints it)';
  if (parsed.from === '' || parsed.to === '') return '--from and --to need an article id';
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
    const { parsed, analysis } = started;
    const pair = pickPair(analysis, parsed);
    if (typeof pair === 'string') {
      io.err(`copydesk diff: ${pair}`);
      return EXIT_INPUT;
    }
    const diff = diffVersions(pair.from.paragraphs, pair.to.paragraphs);
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
