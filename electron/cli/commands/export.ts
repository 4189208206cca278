import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExportBatchReport } from '../../../shared/api/contract';
import { dispatch } from '../../../shared/api/dispatch';
import { EXPORT_FORMAT_IDS, type DraftSummary, type ExportFormat } from '../../../shared/domain/model';
import { createServices, type Services } from '../../main/services';
import { defaultDataDir, resolveDataDir } from '../../main/store/data-dir';
import { EXIT_INPUT, EXIT_OK, EXIT_USAGE, type CliCommand, type CliIo } from '../command';

const IF_EXISTS = ['number', 'replace', 'skip'] as const;
const USAGE = `export --draft ID [--draft ID...] [--story ID...] --format ${EXPORT_FORMAT_IDS.join('|')}[,F...] --out DIR [--force] [--if-exists ${IF_EXISTS.join('|')}] [--credits] [--json] | export --list [--json]`;
const resourcesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'resources');

/** Options without a value, and the argument each sets. */
const FLAGS = { '--list': 'list', '--force': 'force', '--credits': 'credits', '--json': 'json' } as const;

interface ExportArgs {
  list: boolean;
  drafts: string[];
  stories: string[];
  formats: ExportFormat[];
  folder: string;
  ifExists: (typeof IF_EXISTS)[number];
  force: boolean;
  credits: boolean;
  json: boolean;
}

const isFormat = (value: string): value is ExportFormat => (EXPORT_FORMAT_IDS as readonly string[]).includes(value);
const isIfExists = (value: string): value is ExportArgs['ifExists'] => (IF_EXISTS as readonly string[]).includes(value);

/** The command line read into ExportArgs, or a one-line problem for the usage message. */
function parseArgs(args: readonly string[]): ExportArgs | string {
  const parsed: ExportArgs = { list: false, drafts: [], stories: [], formats: [], folder: '', ifExists: 'number', force: false, credits: false, json: false };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (Object.hasOwn(FLAGS, arg)) {
      parsed[FLAGS[arg as keyof typeof FLAGS]] = true;
      continue;
    }
    const value = args[i + 1];
    if (!['--draft', '--story', '--format', '--out', '--if-exists'].includes(arg)) return `unknown argument ${arg}`;
    if (value === undefined || value === '') return `${arg} needs a value`;
    i += 1;
    if (arg === '--draft') parsed.drafts.push(value);
    else if (arg === '--story') parsed.stories.push(value);
    else if (arg === '--out') parsed.folder = value;
    else if (arg === '--if-exists') {
      if (!isIfExists(value)) return `--if-exists "${value}": use ${IF_EXISTS.join(', ')}`;
      parsed.ifExists = value;
    } else {
      for (const format of value.split(',').map((f) => f.trim())) {
        if (!isFormat(format)) return `--format "${format}": not an export format (formats: ${EXPORT_FORMAT_IDS.join(', ')})`;
        if (!parsed.formats.includes(format)) parsed.formats.push(format);
      }
    }
  }
  if (parsed.list) return parsed;
  if (parsed.drafts.length + parsed.stories.length === 0) return 'name at least one --draft or --story (export --list shows the drafts)';
  if (parsed.formats.length === 0) return 'name the formats with --format';
  if (!parsed.folder) return 'name the folder to write into with --out DIR';
  return parsed;
}

const listLine = (d: DraftSummary): string => `${d.id}\t${d.status}\t${d.updatedAt}\t${d.title}`;

/** Prints the report: written files on stdout, skipped and failed ones with their reasons on stderr. */
function printReport(report: ExportBatchReport, io: CliIo): void {
  for (const created of report.created) io.err(`merged a new draft ${created.id} for story ${created.storyId ?? ''} (${created.title})`);
  for (const written of report.written) io.out(written.path);
  for (const { id, title, format, reason } of report.skipped) io.err(`skipped ${title || id}${format ? ` (${format})` : ''}: ${reason}`);
  for (const { id, title, format, reason } of report.failed) io.err(`failed ${title || id} (${format}): ${reason}`);
  if (report.cancelled) io.err('cancelled: the files listed above were written, the rest were not');
}

/**
 * Whether the run should fail the caller's script: a draft held back by its check, an unknown id, a failed
 * file, or a cancel. A file left alone because it existed and --if-exists skip was asked for is not.
 */
const incomplete = (report: ExportBatchReport): boolean => report.failed.length > 0 || report.cancelled || report.skipped.some((s) => s.format === null);

async function call(services: Services, method: 'drafts.list' | 'export.batch', input: unknown, io: CliIo): Promise<unknown> {
  const result = await dispatch(services.handlers, method, input, (_name, error) => io.err(error instanceof Error ? (error.stack ?? error.message) : String(error)));
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** `export`: drafts of the store (COPYDESK_DATA_DIR) into a folder through export.batch, as the app's "Export many". */
export const exportCommand: CliCommand = {
  name: 'export',
  usage: USAGE,
  summary:
    'write drafts of the store (COPYDESK_DATA_DIR or the default data folder), or the newest draft of each --story, into DIR, one file per draft and format, ' +
    'named from the headline; drafts whose export check finds problems are skipped unless --force (see them with `call export.check`); ' +
    'exit status 1 when anything was skipped for problems, unknown or failed; --list lists the drafts (id, status, last edit, title)',
  async run(args, io) {
    const parsed = parseArgs(args);
    if (typeof parsed === 'string') {
      io.err(`copydesk export: ${parsed}\nUsage: copydesk ${USAGE}`);
      return EXIT_USAGE;
    }
    const dataDir = resolveDataDir(process.env, defaultDataDir());
    const services = await createServices({ dataDir, resourcesDir, shell: 'cli', log: (message, error) => io.err(`copydesk: ${message}: ${String(error)}`) });
    // Ctrl+C stops after the file in hand, so every file written is whole and recorded in its draft's history.
    const cancel = () => void services.handlers['export.cancel']({});
    process.once('SIGINT', cancel);
    try {
      if (parsed.list) {
        const drafts = (await call(services, 'drafts.list', {}, io)) as DraftSummary[];
        io.out(parsed.json ? JSON.stringify(drafts, null, 2) : drafts.map(listLine).join('\n'));
        return EXIT_OK;
      }
      const { drafts, stories, formats, ifExists, force, credits } = parsed;
      // A folder typed in a shell is relative to where the command runs; the services take absolute paths only.
      const input = { drafts, stories, formats, folder: path.resolve(parsed.folder), ifExists, force, credits };
      const report = (await call(services, 'export.batch', input, io)) as ExportBatchReport;
      if (parsed.json) io.out(JSON.stringify(report, null, 2));
      else printReport(report, io);
      return incomplete(report) ? EXIT_INPUT : EXIT_OK;
    } catch (error) {
      io.err(`copydesk export: ${error instanceof Error ? error.message : String(error)}`);
      return EXIT_INPUT;
    } finally {
      process.removeListener('SIGINT', cancel);
      await services.close();
    }
  },
};
