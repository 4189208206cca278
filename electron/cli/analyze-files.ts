import { basename } from 'node:path';
import { combineAnalyses } from '../../shared/domain/analyze';
import { DEFAULT_SETTINGS, type PageAnalysis, type Settings } from '../../shared/domain/model';
import { analyzeDocument } from '../main/ingest/analyze-document';
import { readFileBytes } from '../main/ingest/read-file';
import { defaultDataDir, resolveDataDir } from '../main/store/data-dir';
import { readStoredSettings } from '../main/store/stored-settings';
import { EXIT_INPUT, EXIT_USAGE, type CliIo } from './command';

export type FilesAnalysis = { analysis: PageAnalysis; problems: [] } | { analysis: null; problems: string[] };

/**
 * Reads and analyses files (any format the importer reads) exactly as an import would, as one analysis with article ids unique across them.
 * The one step `analyze` and `diff` share, so the ids `diff` accepts are always those `analyze` printed.
 * Every unreadable or empty file is named in `problems`; any problem means no analysis.
 */
export async function analyzeFiles(paths: readonly string[], importedAt: string, maxBytes = DEFAULT_SETTINGS.maxImportBytes): Promise<FilesAnalysis> {
  const analyses: PageAnalysis[] = [];
  const problems: string[] = [];
  for (const path of paths) {
    try {
      const bytes = await readFileBytes(path, maxBytes);
      const { analysis } = await analyzeDocument({ name: basename(path), bytes }, { maxBytes, importedAt });
      if (analysis.articles.length === 0) problems.push(`${path}: no article found (no running text in it)`);
      else analyses.push(analysis);
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
    }
  }
  return problems.length ? { analysis: null, problems } : { analysis: combineAnalyses(analyses), problems: [] };
}

/**
 * How every file command starts: parse its arguments (a string back is a usage problem), then read and
 * analyse its files. Problems are written to stderr with the command's name; the exit status comes back
 * instead of the analysis when there were any. The limits (import size, diff budget) are those of the store
 * the app uses (COPYDESK_DATA_DIR or the default data folder), read without opening it; the defaults without one.
 */
export async function parseAndAnalyze<A extends { files: string[]; importedAt: string }>(
  command: { name: string; usage: string },
  parse: (args: string[]) => A | string,
  args: string[],
  io: CliIo,
): Promise<{ parsed: A; analysis: PageAnalysis; settings: Settings } | number> {
  const parsed = parse(args);
  if (typeof parsed === 'string') {
    io.err(`copydesk ${command.name}: ${parsed}\nUsage: copydesk ${command.usage}`);
    return EXIT_USAGE;
  }
  const stored = await readStoredSettings(resolveDataDir(process.env, defaultDataDir()));
  if (stored.problem) io.err(`copydesk ${command.name}: warning: ${stored.problem}`);
  const { analysis, problems } = await analyzeFiles(parsed.files, parsed.importedAt, stored.settings.maxImportBytes);
  if (!analysis) {
    problems.forEach((p) => io.err(`copydesk ${command.name}: ${p}`));
    return EXIT_INPUT;
  }
  return { parsed, analysis, settings: stored.settings };
}
