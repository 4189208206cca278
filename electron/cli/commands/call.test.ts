import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { API_METHODS } from '../../../shared/api/methods';
import type { CliIo } from '../command';
import { callCommand } from './call';

let dataDir: string;
let saved: string | undefined;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-cli-'));
  saved = process.env.COPYDESK_DATA_DIR;
  process.env.COPYDESK_DATA_DIR = dataDir;
});

afterEach(async () => {
  if (saved === undefined) delete process.env.COPYDESK_DATA_DIR;
  else process.env.COPYDESK_DATA_DIR = saved;
  await rm(dataDir, { recursive: true, force: true });
});

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t) };
  const status = await callCommand.run(args, io);
  return { status, out: out.join('\n'), err: err.join('\n') };
}

describe('copydesk call', () => {
  it('lists the methods', async () => {
    const { status, out } = await run('--list');
    expect(status).toBe(0);
    expect(out.split('\n')).toEqual([...API_METHODS]);
  });

  it('runs a method on the store in COPYDESK_DATA_DIR and prints the value as JSON', async () => {
    const saved = await run('drafts.save', JSON.stringify({ storyId: null, title: 'From the CLI', content: '{}', text: 'Body' }));
    expect(saved.status).toBe(0);
    const draft = JSON.parse(saved.out) as { id: string; revision: number };
    expect(draft.revision).toBe(1);
    const listed = await run('drafts.list');
    expect(JSON.parse(listed.out)).toEqual([expect.objectContaining({ id: draft.id, title: 'From the CLI' })]);
    const status = JSON.parse((await run('store.status')).out) as { dataDir: string; counts: { drafts: number } };
    expect(status).toMatchObject({ dataDir, counts: { drafts: 1 } });
  });

  it('reports a failed call on stderr with exit status 1', async () => {
    const missing = await run('drafts.get', '{"id":"nope"}');
    expect(missing).toMatchObject({ status: 1, out: '' });
    expect(missing.err).toContain('There is no draft with id nope');
    const unknown = await run('drafts.burn');
    expect(unknown.status).toBe(1);
    expect(unknown.err).toContain('There is no operation called "drafts.burn"');
    const badJson = await run('drafts.get', '{id:');
    expect(badJson.status).toBe(1);
    expect(badJson.err).toContain('not valid JSON');
  });

  it('refuses a command line without a method', async () => {
    expect((await run()).status).toBe(2);
  });
});
