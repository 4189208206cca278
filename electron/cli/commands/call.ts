import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dispatch } from '../../../shared/api/dispatch';
import { API_METHODS } from '../../../shared/api/methods';
import { createServices } from '../../main/services';
import { defaultDataDir, resolveDataDir } from '../../main/store/data-dir';
import { EXIT_INPUT, EXIT_OK, EXIT_USAGE, type CliCommand } from '../command';

const USAGE = "call <method> ['<json input>'] | call --list";
const resourcesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'resources');

/**
 * Runs one contract method against the store, through the same `dispatch` (and so the same validation) as
 * the app and the browser twin: for scripts, and for looking at a store without opening a window.
 */
export const callCommand: CliCommand = {
  name: 'call',
  usage: USAGE,
  summary: 'run one API method on the store (COPYDESK_DATA_DIR or the default data folder); prints the result as JSON',
  async run(args, io) {
    if (args[0] === '--list') {
      io.out(API_METHODS.join('\n'));
      return EXIT_OK;
    }
    const [method, json, ...extra] = args;
    if (!method || extra.length > 0) {
      io.err(`copydesk call: name one method and at most one JSON input\nUsage: copydesk ${USAGE}`);
      return EXIT_USAGE;
    }
    let input: unknown = {};
    if (json !== undefined) {
      try {
        input = JSON.parse(json);
      } catch (error) {
        io.err(`copydesk call: the input for ${method} is not valid JSON (${(error as Error).message})`);
        return EXIT_INPUT;
      }
    }
    const dataDir = resolveDataDir(process.env, defaultDataDir());
    const services = await createServices({ dataDir, resourcesDir, shell: 'cli', log: (message, error) => io.err(`copydesk: ${message}: ${String(error)}`) });
    try {
      const result = await dispatch(services.handlers, method, input, (_name, error) => io.err(error instanceof Error ? (error.stack ?? error.message) : String(error)));
      if (!result.ok) {
        io.err(`copydesk call ${method}: ${result.error.message}`);
        return EXIT_INPUT;
      }
      io.out(JSON.stringify(result.value, null, 2));
      return EXIT_OK;
    } finally {
      await services.close();
    }
  },
};
