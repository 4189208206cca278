import type { CliCommand } from '../command';
import { analyzeCommand } from './analyze';
import { callCommand } from './call';
import { diffCommand } from './diff';
import { mergeCommand } from './merge';

/** Every CLI command, one module each. */
export const commands: CliCommand[] = [analyzeCommand, callCommand, diffCommand, mergeCommand];
