import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, limitProblem, type Settings } from '../../../shared/domain/model';
import { SCHEMA_VERSION } from '../../main/store/store-files';
import { EXIT_INPUT, EXIT_OK, EXIT_USAGE, type CliCommand, type CliIo } from '../command';
import { analyzeCommand } from './analyze';
import { settingsCommand } from './settings';

let root: string;
let saved: string | undefined;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'copydesk-cli-settings-'));
  saved = process.env.COPYDESK_DATA_DIR;
  process.env.COPYDESK_DATA_DIR = path.join(root, 'data');
  // A store that has had its first start: opening it does not import the sample, which would only slow the test.
  await mkdir(path.join(root, 'data'));
  await writeFile(path.join(root, 'data', 'meta.json'), JSON.stringify({ schemaVersion: SCHEMA_VERSION, settings: DEFAULT_SETTINGS, seededSample: true }));
});

afterEach(async () => {
  if (saved === undefined) delete process.env.COPYDESK_DATA_DIR;
  else process.env.COPYDESK_DATA_DIR = saved;
  await rm(root, { recursive: true, force: true });
});

async function run(command: CliCommand, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t) };
  const status = await command.run(args, io);
  return { status, out: out.join('\n'), err: err.join('\n') };
}

describe('copydesk settings', () => {
  it('prints the settings of the store in COPYDESK_DATA_DIR', async () => {
    const { status, out } = await run(settingsCommand);
    expect(status).toBe(EXIT_OK);
    expect(JSON.parse(out)).toEqual(DEFAULT_SETTINGS);
  });

  it('sets several at once, a size in its unit, and the store keeps them', async () => {
    const set = await run(settingsCommand, 'set', 'revisionsKept=20', 'maxImportBytes=2MB', 'diffBudgetMs=900', 'theme=dark');
    expect(set.status).toBe(EXIT_OK);
    const expected: Settings = { ...DEFAULT_SETTINGS, revisionsKept: 20, maxImportBytes: 2 * 1024 * 1024, diffBudgetMs: 900, theme: 'dark' };
    expect(JSON.parse(set.out)).toEqual(expected);
    expect(JSON.parse((await run(settingsCommand)).out)).toEqual(expected);
  });

  it('refuses a value out of range with the setting and its range named, and keeps the old value', async () => {
    const { status, err } = await run(settingsCommand, 'set', 'revisionsKept=2');
    expect(status).toBe(EXIT_INPUT);
    expect(err).toContain(limitProblem('revisionsKept'));
    expect(JSON.parse((await run(settingsCommand)).out)).toMatchObject({ revisionsKept: DEFAULT_SETTINGS.revisionsKept });
  });

  it('refuses an unknown setting, a missing value and an unknown sub-command as misuse', async () => {
    for (const args of [['set', 'revisionKept=7'], ['set'], ['set', 'revisionsKept'], ['show']]) {
      const { status, err } = await run(settingsCommand, ...args);
      expect(status).toBe(EXIT_USAGE);
      expect(err).toContain('Usage: copydesk settings');
    }
  });
});

describe('the file commands read the limits of the store', () => {
  it('refuses a file over the stored import limit, naming it, and accepts it under the default', async () => {
    const file = path.join(root, 'long.txt');
    const paragraph = 'Ferry fares will rise by 6 per cent in April, the operator said on Monday after a year of rising fuel costs.';
    await writeFile(file, ['Ferry fares to rise', '', ...Array.from({ length: 20 }, () => paragraph)].join('\n\n'));

    expect((await run(analyzeCommand, file)).status).toBe(EXIT_OK);
    expect((await run(settingsCommand, 'set', 'maxImportBytes=1KB')).status).toBe(EXIT_OK);
    const refused = await run(analyzeCommand, file);
    expect(refused.status).toBe(EXIT_INPUT);
    expect(refused.err).toContain('over the 1.0 KB import limit');
  });
});
