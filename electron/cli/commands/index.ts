import type { CliCommand } from '../command';
import { analyzeCommand } from './analyze';
import { callCommand } from './call';
import { diffCommand } from './diff';
import { exportCommand } from './export';
import { mergeCommand } from './merge';
import { settingsCommand } from './settings';

/** Every CLI command, one module each. */
export const commands: CliCommand[] = [analyzeCommand, callCommand, diffCommand, exportCommand, mergeCommand, settingsCommand];
