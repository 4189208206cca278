import type { CliCommand } from '../command';
import { analyzeCommand } from './analyze';
import { callCommand } from './call';

/** Every CLI command, one module each. */
export const commands: CliCommand[] = [analyzeCommand, callCommand];
