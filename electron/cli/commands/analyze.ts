import type { PageAnalysis } from '../../../shared/domain/model';
import { parseAndAnalyze } from '../analyze-files';
import { EXIT_OK, type CliCommand, type CliIo } from '../command';
import { fileArgDefaults, parseFileArgs } from '../file-args';

const USAGE = 'analyze FILE... [--json] [--imported-at ISO]';

const parseArgs = (args: string[]) => parseFileArgs(args, fileArgDefaults());

function summary(analysis: PageAnalysis): string {
  const out: string[] = [];
  let source: string | null = null;
  for (const a of analysis.articles) {
    if (a.source !== source) out.push((source = a.source));
    const facts = [a.outlet ?? '(no outlet)', a.published ?? '(no time)', a.headline ?? '(no headline)', `${a.paragraphs.length} paragraphs`];
    out.push(`  ${a.id}  ${facts.join(' · ')}`);
  }
  out.push('', 'Stories');
  for (const s of analysis.stories) out.push(`  ${s.id}  ${s.headline ?? '(no headline)'}: ${s.articles.join(', ')}`);
  out.push('', `Removed ${(analysis.removals ?? []).length} lines of page chrome (${analysis.boilerplate.length} distinct).`);
  return out.join('\n');
}

/** `analyze`: page analysis of text files, exactly as an import would do it, without storing anything. */
export const analyzeCommand: CliCommand = {
  name: 'analyze',
  usage: USAGE,
  summary: 'split pages into articles, clean them and group their stories (--json for the full analysis)',
  async run(args: string[], io: CliIo): Promise<number> {
    const started = await parseAndAnalyze(analyzeCommand, parseArgs, args, io);
    if (typeof started === 'number') return started;
    const { parsed, analysis } = started;
    io.out(parsed.json ? JSON.stringify(analysis, null, 2) : summary(analysis));
    return EXIT_OK;
  },
};
