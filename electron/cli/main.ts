import { commands } from './commands';
import { EXIT_USAGE, type CliIo } from './command';

// `npm run --silent cli -- <command> ...`: the same services and domain code as the app, for scripts and
// for checking analyses by hand. stdout carries only the result (so `--json` output can be piped).

const io: CliIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

function help(): string {
  const width = Math.max(...commands.map((c) => c.usage.length), 10);
  return ['Usage: copydesk <command> [options]', '', ...commands.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`)].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(help());
    return name ? 0 : EXIT_USAGE;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`copydesk: unknown command "${name}"\n\n${help()}`);
    return EXIT_USAGE;
  }
  return command.run(args, io);
}

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    io.err(`copydesk: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  },
);
