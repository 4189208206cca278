/** One CLI sub-command. Commands write results to `out` and problems to `err`, and return the exit status. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

export interface CliCommand {
  name: string;
  usage: string;
  summary: string;
  run: (args: string[], io: CliIo) => Promise<number>;
}

/** Exit statuses: 1 for a problem with the input (named on stderr), 2 for a misused command line. */
export const EXIT_OK = 0;
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;
