// The command line of the commands that read files (`analyze`, `diff`, `merge`), read one way: FILE
// arguments, `--` before file names that start with a dash, `--json`, `--imported-at ISO`, plus each
// command's own options.

/** What every file command takes. */
export interface FileArgs {
  files: string[];
  json: boolean;
  /** ISO time relative times ("2 hours ago") are read against: now, unless --imported-at makes runs reproducible. */
  importedAt: string;
}

/** A command's own option: applies its value to the arguments, or returns what is wrong with it. */
export type OptionReader<A> = (parsed: A, value: string) => string | void;

/**
 * Parses `args` into `initial` (the command's defaults), with `options` naming the command's own options
 * that take a value. Returns the arguments, or a one-line problem for the usage message.
 */
export function parseFileArgs<A extends FileArgs>(args: readonly string[], initial: A, options: Record<string, OptionReader<A>> = {}): A | string {
  const parsed = initial;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      parsed.files.push(...args.slice(i + 1));
      break;
    }
    if (arg === '--json') {
      parsed.json = true;
      continue;
    }
    const reader = arg === '--imported-at' ? readImportedAt : Object.hasOwn(options, arg) ? options[arg] : undefined;
    if (reader) {
      const problem = reader(parsed, args[++i] ?? '');
      if (problem) return problem;
    } else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else parsed.files.push(arg);
  }
  return parsed.files.length ? parsed : 'name at least one FILE';
}

/** Defaults every file command starts from. */
export const fileArgDefaults = (): FileArgs => ({ files: [], json: false, importedAt: new Date().toISOString() });

function readImportedAt(parsed: FileArgs, value: string): string | void {
  if (!value || Number.isNaN(Date.parse(value))) return '--imported-at needs an ISO date and time';
  parsed.importedAt = new Date(value).toISOString();
}
