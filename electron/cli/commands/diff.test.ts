import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffVersions } from '../../../shared/domain/diff';
import { EXIT_INPUT, EXIT_OK, EXIT_USAGE } from '../command';
import { diffText } from '../diff-text';
import { diffCommand } from './diff';

const seed = join(__dirname, '..', '..', '..', '..', 'shared', 'fixtures', 'seed', 'daily8-met-lfr.txt');
const AT = ['--imported-at', '2026-11-27T12:00:00Z'];

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await diffCommand.run(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { status, out: out.join(''), err: err.join('\n') };
}

interface JsonDiff {
  story: string;
  versions: string[];
  from: string;
  to: string;
  changes: { kind: string; old: string[]; new: string[]; words?: { value: string; added?: boolean; removed?: boolean }[] }[];
}

describe('diff command', () => {
  it('shows exactly the insertion and the replacement between the seed versions, oldest to newest', async () => {
    const { status, out, err } = await run(seed, '--story', 's0', '--json', ...AT);
    expect({ status, err }).toEqual({ status: EXIT_OK, err: '' });
    const doc = JSON.parse(out) as JsonDiff;
    expect([doc.story, doc.versions, doc.from, doc.to]).toEqual(['s0', ['a0', 'a2'], 'a0', 'a2']);
    expect(doc.changes.map((c) => [c.kind, c.old.length, c.new.length])).toEqual([
      ['insert', 0, 1],
      ['replace', 1, 3],
    ]);
    expect(doc.changes[0]!.new[0]).toContain('both lawful and proportionate');
    expect(doc.changes[1]!.old).toEqual(['The Metropolitan Police has been contacted for comment.']);
    expect(doc.changes[1]!.words!.some((w) => w.removed && w.value.includes('contacted for comment'))).toBe(true);
  });

  it('compares the pair asked for, in that direction', async () => {
    const doc = JSON.parse((await run(seed, '--story', 's0', '--from', 'a2', '--to', 'a0', '--json', ...AT)).out) as JsonDiff;
    expect([doc.from, doc.to]).toEqual(['a2', 'a0']);
    expect(doc.changes.map((c) => c.kind)).toEqual(['delete', 'replace']);
  });

  it('prints a readable diff without --json', async () => {
    const { status, out } = await run(seed, '--story', 's0', ...AT);
    expect(status).toBe(EXIT_OK);
    expect(out).toContain('Story s0: Leader Live (a0, 14 hours ago) → North Wales Chronicle (a2, 2 hours ago)');
    expect(out).toContain('1 insertion, 0 deletions, 1 replacement, 0 moves');
    expect(out).toContain("+ A Met spokeswoman said the force believes its use of the tool is 'both lawful");
  });

  it('names unknown stories and articles, and refuses a story with one version', async () => {
    const unknownStory = await run(seed, '--story', 's9', ...AT);
    expect(unknownStory).toMatchObject({ status: EXIT_INPUT, out: '' });
    expect(unknownStory.err).toContain('no story "s9" in these files (stories: s0, s1, s2)');
    const single = await run(seed, '--story', 's1', ...AT);
    expect(single).toMatchObject({ status: EXIT_INPUT, out: '' });
    expect(single.err).toContain('story s1 has one version (a1)');
    const stranger = await run(seed, '--story', 's0', '--to', 'a3', ...AT);
    expect(stranger).toMatchObject({ status: EXIT_INPUT, out: '' });
    expect(stranger.err).toContain('article "a3" is not a version of story s0 (its versions: a0, a2)');
  });

  it('explains a misused command line', async () => {
    expect((await run(seed)).err).toContain('--story needs a story id');
    expect((await run('--story', 's0')).status).toBe(EXIT_USAGE);
    expect((await run(seed, '--story', 's0', '--from')).err).toContain('--from needs an article id');
  });

  it('names a missing file', async () => {
    const { status, err } = await run(join(__dirname, 'missing.txt'), '--story', 's0');
    expect(status).toBe(EXIT_INPUT);
    expect(err).toContain('missing.txt');
  });
});

describe('diffText', () => {
  const diff = diffVersions(['One two three four five. Six seven eight.'], ['One two three four five. Six nine eight.']);

  it('marks changed words in plain text without colour codes', () => {
    const text = diffText('t', diff, false);
    expect(text).toContain('~ Six [-seven-]{+nine+} eight.');
    expect(text).not.toContain('\u001b[');
  });

  it('colours the same diff for a terminal', () => {
    expect(diffText('t', diff, true)).toContain('\u001b[31;9mseven\u001b[0m');
  });
});
