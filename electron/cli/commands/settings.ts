import { Settings } from '../../../shared/domain/model';
import { EXIT_USAGE, type CliCommand } from '../command';
import { callCommand } from './call';

const USAGE = 'settings | settings set KEY=VALUE...';
const KEYS = Object.keys(Settings.shape);
const UNITS: Record<string, number> = { KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 };

/** "20" is a number and "dark" a word; a size may carry its unit ("10MB"), since nobody counts bytes. */
function readValue(text: string): string | number {
  const sized = /^(\d+(?:\.\d+)?)\s*(KB|MB|GB)$/i.exec(text);
  if (sized) return Math.round(Number(sized[1]) * UNITS[sized[2]!.toUpperCase()]!);
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}

/** The patch `set` asks for, or what is wrong with the command line. */
function readPatch(pairs: readonly string[]): Record<string, string | number> | string {
  if (pairs.length === 0) return 'name at least one KEY=VALUE';
  const patch: Record<string, string | number> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    const key = at > 0 ? pair.slice(0, at) : '';
    if (!KEYS.includes(key)) return `"${pair}": not KEY=VALUE with a known setting (settings: ${KEYS.join(', ')})`;
    patch[key] = readValue(pair.slice(at + 1).trim());
  }
  return patch;
}

/**
 * `settings`: the store's settings (the limits included) as JSON, and `settings set` to change some. A thin
 * front on `call settings.get` / `call settings.update`, so the values are checked exactly as the app checks them.
 */
export const settingsCommand: CliCommand = {
  name: 'settings',
  usage: USAGE,
  summary: 'print the settings of the store (COPYDESK_DATA_DIR or the default data folder); `set` changes them, e.g. settings set revisionsKept=20 maxImportBytes=10MB',
  async run(args, io) {
    const [verb, ...rest] = args;
    if (verb === undefined) return callCommand.run(['settings.get'], io);
    if (verb !== 'set') {
      io.err(`copydesk settings: unknown sub-command "${verb}"\nUsage: copydesk ${USAGE}`);
      return EXIT_USAGE;
    }
    const patch = readPatch(rest);
    if (typeof patch === 'string') {
      io.err(`copydesk settings set: ${patch}\nUsage: copydesk ${USAGE}`);
      return EXIT_USAGE;
    }
    return callCommand.run(['settings.update', JSON.stringify(patch)], io);
  },
};
