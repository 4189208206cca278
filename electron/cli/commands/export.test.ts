import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices } from '../../main/services';
import { cleanDraft, flawedDraft } from '../../main/services/export-test-support';
import { callerOf, fakePipeline } from '../../main/services/test-support';
import type { CliIo } from '../command';
import { exportCommand } from './export';

let root: string;
let out: string;
let saved: string | undefined;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'copydesk-cli-export-'));
  out = path.join(root, 'out');
  await mkdir(out);
  await mkdir(path.join(root, 'resources', 'samples'), { recursive: true });
  saved = process.env.COPYDESK_DATA_DIR;
  process.env.COPYDESK_DATA_DIR = path.join(root, 'data');
});

afterEach(async () => {
  if (saved === undefined) delete process.env.COPYDESK_DATA_DIR;
  else process.env.COPYDESK_DATA_DIR = saved;
  await rm(root, { recursive: true, force: true });
});

/** Two drafts in the store the command will open: one clean, one with a doubled space. */
async function seed(): Promise<{ clean: string; flawed: string }> {
  // Opened once with no samples, the store counts as seeded: the command's own start imports nothing.
  const services = await createServices({ dataDir: path.join(root, 'data'), resourcesDir: path.join(root, 'resources'), shell: 'cli', pipeline: fakePipeline, log: () => {} });
  try {
    const call = callerOf(services.handlers);
    return { clean: (await cleanDraft(call, 'Bridge plan approved')).id, flawed: (await flawedDraft(call, 'Flawed draft')).id };
  } finally {
    await services.close();
  }
}

async function run(...args: string[]) {
  const outLines: string[] = [];
  const errLines: string[] = [];
  const io: CliIo = { out: (t) => outLines.push(t), err: (t) => errLines.push(t) };
  const status = await exportCommand.run(args, io);
  return { status, out: outLines.join('\n'), err: errLines.join('\n') };
}

describe('copydesk export', () => {
  it('lists the drafts of the store', async () => {
    const { clean, flawed } = await seed();
    const listed = await run('--list');
    expect(listed.status).toBe(0);
    expect(listed.out.split('\n').map((line) => line.split('\t')[0]).sort()).toEqual([clean, flawed].sort());
    expect(listed.out).toContain('\tdraft\t');
  });

  it('writes one file per draft and format, prints them, and fails the run for a draft held back by its check', async () => {
    const { clean, flawed } = await seed();
    const result = await run('--draft', clean, '--draft', flawed, '--format', 'txt,html', '--out', out);
    expect(result.status).toBe(1);
    expect(result.out.split('\n')).toEqual([path.join(out, 'bridge-plan-approved.txt'), path.join(out, 'bridge-plan-approved.html')]);
    expect(result.err).toMatch(/^skipped Flawed draft: 1 problem not reviewed \(Paragraph 1: Double space/);
    expect((await readdir(out)).sort()).toEqual(['bridge-plan-approved.html', 'bridge-plan-approved.txt']);

    const forced = await run('--draft', flawed, '--format', 'md', '--out', out, '--force', '--json');
    expect(forced.status).toBe(0);
    expect(JSON.parse(forced.out)).toMatchObject({ written: [{ draftId: flawed, format: 'md', path: path.join(out, 'flawed-draft.md') }], skipped: [], failed: [] });
  });

  it('numbers, replaces or skips files already there as asked; skipping an existing file is not a failure', async () => {
    const { clean } = await seed();
    expect((await run('--draft', clean, '--format', 'txt', '--out', out)).status).toBe(0);
    const numbered = await run('--draft', clean, '--format', 'txt', '--out', out);
    expect(numbered.out).toBe(path.join(out, 'bridge-plan-approved-2.txt'));
    const skipped = await run('--draft', clean, '--format', 'txt', '--out', out, '--if-exists', 'skip');
    expect(skipped).toMatchObject({ status: 0, out: '' });
    expect(skipped.err).toContain('already exists');
    expect((await run('--draft', clean, '--format', 'txt', '--out', out, '--if-exists', 'replace')).out).toBe(path.join(out, 'bridge-plan-approved.txt'));
    expect(await readdir(out)).toHaveLength(2);
  });

  it('names a missing folder and an unknown draft, with exit status 1', async () => {
    const { clean } = await seed();
    const missing = await run('--draft', clean, '--format', 'txt', '--out', path.join(out, 'nope'));
    expect(missing.status).toBe(1);
    expect(missing.err).toContain(`The export folder ${path.join(out, 'nope')} does not exist`);
    const unknown = await run('--draft', 'no-such-draft', '--format', 'txt', '--out', out);
    expect(unknown.status).toBe(1);
    expect(unknown.err).toContain('There is no draft with id no-such-draft.');
  });

  it('refuses a misused command line with the usage and exit status 2', async () => {
    for (const [args, problem] of [
      [['--draft', 'x', '--out', out], 'name the formats with --format'],
      [['--draft', 'x', '--format', 'pdf', '--out', out], '--format "pdf": not an export format'],
      [['--format', 'txt', '--out', out], 'name at least one --draft or --story'],
      [['--draft', 'x', '--format', 'txt'], '--out DIR'],
      [['--draft', 'x', '--format', 'txt', '--out', out, '--if-exists', 'ask'], '--if-exists "ask"'],
      [['--draft', 'x', '--format', 'txt', '--out', out, '--loud'], 'unknown argument --loud'],
    ] as const) {
      const result = await run(...args);
      expect(result.status).toBe(2);
      expect(result.err).toContain(problem);
      expect(result.err).toContain('Usage: copydesk export');
    }
  });
});
