import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageAnalysis } from '../../../shared/domain/model';
import { EXIT_INPUT, EXIT_OK, EXIT_USAGE } from '../command';
import { analyzeCommand } from './analyze';

const seed = join(__dirname, '..', '..', '..', '..', 'shared', 'fixtures', 'seed', 'daily8-met-lfr.txt');
const wire = ['Ferry fares to rise for second year', '', 'Ferry fares will rise by 6 per cent in April, the operator said on Monday.', '', 'The increase follows a rise in fuel costs, it said.'].join('\n');

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-cli-'));
  await copyFile(seed, join(dir, 'seed.txt'));
  await writeFile(join(dir, 'wire.txt'), wire);
  await writeFile(join(dir, 'chrome.txt'), 'logo\nMenu\nSign in');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await analyzeCommand.run(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { status, out: out.join(''), err: err.join('\n') };
}

describe('analyze command', () => {
  it('prints one JSON document for several files, with ids unique across them', async () => {
    const { status, out, err } = await run(join(dir, 'seed.txt'), join(dir, 'wire.txt'), '--json', '--imported-at', '2026-11-27T12:00:00Z');
    expect({ status, err }).toEqual({ status: EXIT_OK, err: '' });
    const analysis = JSON.parse(out) as PageAnalysis;
    expect(analysis.articles.map((a) => [a.id, a.source])).toEqual([
      ['a0', 'seed.txt'],
      ['a1', 'seed.txt'],
      ['a2', 'seed.txt'],
      ['a3', 'seed.txt'],
      ['a4', 'wire.txt'],
    ]);
    expect(analysis.stories.map((s) => s.articles)).toEqual([['a0', 'a2'], ['a1'], ['a3'], ['a4']]);
    expect(analysis.articles[0]!.publishedAt).toBe('2026-11-26T22:00:00.000Z');
    expect(analysis.boilerplate).toContain('Related Articles');
  });

  it('prints a readable summary without --json', async () => {
    const { status, out } = await run(join(dir, 'wire.txt'));
    expect(status).toBe(EXIT_OK);
    expect(out).toContain('a0  (no outlet) · (no time) · Ferry fares to rise for second year · 2 paragraphs');
    expect(out).toContain('s0  Ferry fares to rise for second year: a0');
    expect(out).toContain('Removed 0 lines');
  });

  it('names each bad file and its problem on stderr, and prints nothing', async () => {
    const { status, out, err } = await run(join(dir, 'missing.txt'), join(dir, 'chrome.txt'), join(dir, 'wire.txt'));
    expect(status).toBe(EXIT_INPUT);
    expect(out).toBe('');
    expect(err).toContain('missing.txt: no such file');
    expect(err).toContain('chrome.txt: no article found');
  });

  it('refuses a misused command line', async () => {
    expect((await run()).status).toBe(EXIT_USAGE);
    expect((await run('--frobnicate', 'x.txt')).err).toContain('unknown option --frobnicate');
    expect((await run('x.txt', '--imported-at', 'soon')).status).toBe(EXIT_USAGE);
  });
});
