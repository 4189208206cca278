import type { CliCommand } from '../command';

/** Every CLI command, one module each. */
export const commands: CliCommand[] = [];
