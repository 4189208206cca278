import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDraftDocument, draftText, fieldsFromVersions } from '../../../shared/domain/draft';
import { mergeStory, NEWEST_POLICY } from '../../../shared/domain/merge';
import { extractDocx } from '../../main/ingest/docx';
import { analyzeFiles } from '../analyze-files';
import { storyVersions } from '../story-args';
import { EXIT_INPUT, EXIT_OK, EXIT_USAGE } from '../command';
import { mergeCommand } from './merge';

const seed = join(__dirname, '..', '..', '..', '..', 'shared', 'fixtures', 'seed', 'daily8-met-lfr.txt');
const AT = ['--imported-at', '2026-11-27T12:00:00Z'];
const HEADLINE = "Metropolitan Police's policy over live facial recognition ‘unlawful'";
const dir = mkdtempSync(join(tmpdir(), 'copydesk-merge-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// A one-story page the export check has nothing to say about (the sample page has straight quotes throughout).
const clean = join(dir, 'clean.txt');
writeFileSync(clean, 'Council approves new harbour wall\n\nThe council approved a new harbour wall on Tuesday after a long debate.\n\nWork will start in the spring and is expected to last two years.\n');
const written = () => readdirSync(dir).filter((name) => name !== 'clean.txt');

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await mergeCommand.run(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { status, out: out.join(''), err: err.join('\n') };
}

describe('merge command', () => {
  it('prints the merged sample story: headline, blank line, paragraphs, the response instead of the stale line', async () => {
    const { status, out } = await run(seed, '--story', 's0', ...AT);
    expect(status).toBe(EXIT_OK);
    const blocks = out.trimEnd().split('\n\n');
    expect(blocks[0]).toBe("Metropolitan Police's policy over live facial recognition ‘unlawful'");
    expect(blocks).toHaveLength(1 + 21);
    expect(out).not.toContain('contacted for comment');
    expect(blocks.at(-1)).toMatch(/^'Independent research from the National Physical Laboratory/);
  });

  it('prints the plan with --json and keeps the base with --policy base:ID', async () => {
    const plan = JSON.parse((await run(seed, '--story', 's0', '--json', '--policy', 'base:a0', ...AT)).out) as {
      story: string;
      wordingVersion: string;
      passages: { decision: string; from: string }[];
    };
    expect([plan.story, plan.wordingVersion]).toEqual(['s0', 'a0']);
    expect(plan.passages.filter((p) => p.decision === 'offered').map((p) => p.from)).toEqual(['a2', 'a2', 'a2', 'a2']);
    expect(plan.passages.some((p) => p.decision === 'dropped')).toBe(false);
  });

  it('prints a preview whatever the export check finds, listing the problems on stderr with exit 0', async () => {
    const { status, out, err } = await run(seed, '--story', 's0', ...AT);
    expect(status).toBe(EXIT_OK);
    expect(out).toMatch(/^Metropolitan Police's policy/);
    const lines = err.split('\n');
    expect(lines[0]).toMatch(/^copydesk merge: warning: the export check found (\d+) problem\(s\):$/);
    expect(lines).toHaveLength(1 + Number(/found (\d+)/.exec(lines[0]!)![1]));
    expect(lines).toContain("  Headline: Closing quote: UK style uses ’ (house-style, fixable): …al recognition ‘unlawful'");
    expect((await run(clean, '--story', 's0', ...AT)).err).toBe('');
  });

  it('does not write an export the check finds problems in: lists them and exits non-zero, unless --force', async () => {
    const file = join(dir, 'merged.md');
    const refused = await run(seed, '--story', 's0', '--format', 'md', '--out', file, ...AT);
    expect(refused.status).toBe(EXIT_INPUT);
    expect(refused.err).toMatch(/^copydesk merge: not written: the export check found \d+ problem\(s\) \(fix them, or write anyway with --force\):\n {2}Headline: /);
    expect(written()).toEqual([]);
    const forced = await run(seed, '--story', 's0', '--format', 'md', '--out', file, '--force', ...AT);
    expect({ status: forced.status, out: forced.out }).toEqual({ status: EXIT_OK, out: '' });
    expect(readFileSync(file, 'utf8')).toMatch(/^# Metropolitan Police's policy/);
    expect(written()).toEqual(['merged.md']);
    rmSync(file);
  });

  it('writes a clean article to --out in one step, leaving no temporary file', async () => {
    const file = join(dir, 'clean-out.txt');
    expect(await run(clean, '--story', 's0', '--out', file, ...AT)).toEqual({ status: EXIT_OK, out: '', err: '' });
    expect(readFileSync(file, 'utf8')).toBe('Council approves new harbour wall\n\nThe council approved a new harbour wall on Tuesday after a long debate.\n\nWork will start in the spring and is expected to last two years.\n');
    expect(written()).toEqual(['clean-out.txt']);
    rmSync(file);
  });

  it('adds the credits line to text formats with --credits', async () => {
    const { out } = await run(seed, '--story', 's0', '--credits', ...AT);
    expect(out.trimEnd().split('\n\n').at(-1)).toBe('Sources: Leader Live, North Wales Chronicle');
    expect((await run(seed, '--story', 's0', ...AT)).out).not.toContain('Sources:');
    // After "--" it is a file name, not the flag.
    expect((await run('--story', 's0', ...AT, '--', '--credits')).err).toContain('--credits');
  });

  it('writes the Word document to --out, which reads back with the headline and paragraphs, and refuses it on stdout', async () => {
    const file = join(dir, 'merged.docx');
    const { status } = await run(seed, '--story', 's0', '--format', 'docx', '--out', file, '--force', ...AT);
    expect(status).toBe(EXIT_OK);
    const [article] = await extractDocx(readFileSync(file), 'merged.docx');
    const text = (await run(seed, '--story', 's0', ...AT)).out.trimEnd().split('\n\n');
    expect([article!.headline, ...article!.paragraphs]).toEqual(text);
    rmSync(file);
    const refused = await run(seed, '--story', 's0', '--format', 'docx', ...AT);
    expect({ status: refused.status, out: refused.out }).toEqual({ status: EXIT_USAGE, out: '' });
    expect(refused.err).toContain('--format docx writes a binary Word file: name it with --out FILE');
  });

  it('names what is wrong, on stderr, with a non-zero status', async () => {
    expect(await run(seed, '--story', 's9', ...AT)).toMatchObject({ status: EXIT_INPUT, out: '' });
    expect((await run(seed, '--story', 's9', ...AT)).err).toContain('no story "s9" in these files (stories: s0, s1, s2)');
    expect((await run(seed, '--story', 's0', '--policy', 'base:a1', ...AT)).err).toContain('policy base:a1: not a version of this story (its versions: a0, a2)');
    expect(await run(seed, '--story', 's0', '--format', 'pdf')).toMatchObject({ status: EXIT_USAGE });
    expect((await run(seed, '--story', 's0', '--policy', 'oldest')).err).toContain('unknown merge policy "oldest"');
    expect((await run(seed)).err).toContain('--story needs a story id');
    const unwritable = await run(seed, '--story', 's0', '--out', join(dir, 'no', 'such', 'dir.txt'), '--force', ...AT);
    expect(unwritable.status).toBe(EXIT_INPUT);
    expect(unwritable.err).toContain('cannot write');
  });

  it('merges a one-version story into that version', async () => {
    const { analysis } = await analyzeFiles([seed], '2026-11-27T12:00:00.000Z');
    const only = analysis!.articles.find((a) => a.id === analysis!.stories.find((s) => s.id === 's1')!.articles[0])!;
    const { status, out } = await run(seed, '--story', 's1', ...AT);
    expect(status).toBe(EXIT_OK);
    expect(out).toBe(`${[only.headline, ...only.paragraphs].join('\n\n')}\n`);
  });

  it('prints exactly the text of the draft document the editor starts from', async () => {
    const { analysis } = await analyzeFiles([seed], '2026-11-27T12:00:00.000Z');
    for (const story of analysis!.stories) {
      const found = storyVersions(analysis!, story.id);
      if (typeof found === 'string') throw new Error(found);
      const merged = mergeStory(found.versions, NEWEST_POLICY);
      if (!merged.ok) throw new Error(merged.problem);
      const document = buildDraftDocument(merged.plan, fieldsFromVersions(merged.plan, found.versions));
      expect((await run(seed, '--story', story.id, ...AT)).out).toBe(`${draftText(document)}\n`);
    }
  });

  it('exports the sample story as an HTML document with the headline in h1 and its sources credited', async () => {
    const file = join(dir, 'merged.html');
    const { status } = await run(seed, '--story', 's0', '--format', 'html', '--out', file, '--force', ...AT);
    expect(status).toBe(EXIT_OK);
    const { document } = new JSDOM(readFileSync(file, 'utf8')).window;
    expect(document.documentElement.lang).toBe('en-GB');
    expect(document.querySelector('h1')?.textContent).toBe(HEADLINE);
    expect(document.querySelectorAll('p').length).toBeGreaterThan(10);
    const credits = [...document.querySelectorAll('footer li')].map((li) => li.textContent);
    expect(credits).toHaveLength(2);
    expect(credits.join('\n')).toMatch(/Leader Live[\s\S]*North Wales Chronicle/);
  });

  it('exports ninjs 3.1 and 1.x JSON carrying the headline, the story id, the language and the export time', async () => {
    for (const format of ['ninjs', 'ninjs1']) {
      const { status, out } = await run(seed, '--story', 's0', '--format', format, '--lang', 'en-US', ...AT);
      expect(status).toBe(EXIT_OK);
      const item = JSON.parse(out) as Record<string, unknown>;
      expect(JSON.stringify(item)).toContain(JSON.stringify(HEADLINE).slice(1, -1));
      expect(item.language).toBe('en-US');
      expect(out).toContain('s0');
      expect(out).toContain('2026-11-27T12:00:00');
    }
  });

  it('exports NewsML-G2 and NITF as well-formed XML with the headline', async () => {
    const roots = { newsml: 'newsItem', nitf: 'nitf' };
    for (const [format, root] of Object.entries(roots)) {
      const { status, out } = await run(seed, '--story', 's0', '--format', format, ...AT);
      expect(status).toBe(EXIT_OK);
      expect(XMLValidator.validate(out)).toBe(true);
      const parsed = new XMLParser({ ignoreAttributes: true, removeNSPrefix: true }).parse(out) as Record<string, unknown>;
      expect(Object.keys(parsed)).toContain(root);
      expect(JSON.stringify(parsed)).toContain(JSON.stringify(HEADLINE).slice(1, -1));
    }
  });

  it('refuses a format it cannot export, naming the formats it can, and a malformed --lang', async () => {
    const pdf = await run(seed, '--story', 's0', '--format', 'pdf', ...AT);
    expect({ status: pdf.status, out: pdf.out }).toEqual({ status: EXIT_USAGE, out: '' });
    expect(pdf.err).toContain('--format "pdf": not an export format (formats: txt, md, html, docx, ninjs, ninjs1, newsml, nitf)');
    const lang = await run(seed, '--story', 's0', '--format', 'html', '--lang', 'english please', ...AT);
    expect(lang.status).toBe(EXIT_USAGE);
    expect(lang.err).toContain('--lang "english please"');
  });
});
