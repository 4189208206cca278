import type { CliCommand } from '../command';
import { analyzeCommand } from './analyze';

/** Every CLI command, one module each. */
export const commands: CliCommand[] = [analyzeCommand];
