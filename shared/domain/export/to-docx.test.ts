import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import mammoth from 'mammoth';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { extractDocx } from '../../../electron/main/ingest/docx';
import { zipFiles } from '../../../electron/main/ingest/__fixtures__/read-zip';
import type { DraftBlock } from '../draft';
import { normalizeText } from '../text/normalize';
import { blockText } from './block-text';
import { creditsLine } from './credits';
import { handMadeArticle, hostileInput, seedFixture } from './test-inputs';
import { toDocx } from './to-docx';
import { toText } from './to-text';
import type { ExportInput } from './types';
import { xmlSafe } from './xml-writer';
import { dosDateTime } from './zip-times';

const fixtures = join(__dirname, '..', '..', '..', '..', 'shared', 'fixtures');
const fixture = seedFixture(readFileSync(join(fixtures, 'seed', 'daily8-met-lfr.txt'), 'utf8'));
const seed = fixture.input();
const handMade: ExportInput = { article: handMadeArticle('x'), meta: fixture.meta() };
const dir = mkdtempSync(join(tmpdir(), 'copydesk-docx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.useRealTimers());

const part = (zip: Uint8Array, name: string) => zipFiles(zip).get(name)!.text;

const htmlOf = async (docx: Uint8Array) => new JSDOM((await mammoth.convertToHtml({ buffer: Buffer.from(docx) })).value).window.document;

describe('toDocx', () => {
  it('gives the same bytes for the same input, whenever it is packed', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-01-01T09:00:00Z'));
    const first = await toDocx(handMade);
    vi.setSystemTime(new Date('2031-06-15T17:45:13Z'));
    const second = await toDocx(handMade);
    expect(Buffer.compare(Buffer.from(first), Buffer.from(second))).toBe(0);
    const later = await toDocx({ ...handMade, meta: { ...handMade.meta, exportedAt: '2026-11-28T08:00:00+00:00' } });
    expect(Buffer.compare(Buffer.from(first), Buffer.from(later))).not.toBe(0);
  });

  it('stamps every zip entry and both document dates with the export time, and names title, creator and language', async () => {
    const docx = await toDocx(seed);
    const files = zipFiles(docx);
    expect(files.has('word/document.xml')).toBe(true);
    for (const [, file] of files) expect(file.stamp).toBe(dosDateTime('2026-11-27T14:30:00+00:00'));
    const core = new JSDOM(files.get('docProps/core.xml')!.text, { contentType: 'text/xml' }).window.document;
    const text = (name: string) => core.getElementsByTagName(name)[0]?.textContent;
    expect([text('dc:title'), text('dc:creator'), text('dc:language'), text('dcterms:created'), text('dcterms:modified')]).toEqual([
      seed.article.fields.headline,
      'Copydesk',
      'en-GB',
      '2026-11-27T14:30:00+00:00',
      '2026-11-27T14:30:00+00:00',
    ]);
  });

  it('reads back through the .docx importer as the seed merge: the same headline and paragraphs', async () => {
    const [article] = await extractDocx(await toDocx(seed), 'seed.docx');
    expect(article!.headline).toBe(seed.article.fields.headline);
    expect([article!.headline, ...article!.paragraphs]).toEqual(toText(seed).trimEnd().split('\n\n'));
  });

  it('writes every block kind as Word structure: Title, styles, Heading 2, Quote, real lists, bold, italic, safe links, line breaks, credits', async () => {
    const docx = await toDocx(handMade);
    const html = await htmlOf(docx);
    expect([...html.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['Sub x']);
    expect([...html.querySelectorAll('ul > li')].map((li) => li.textContent)).toEqual(['First bullet', '- x']);
    expect([...html.querySelectorAll('ol > li')].map((li) => li.textContent)).toEqual(['1. First number', 'Second number']);
    expect([...html.querySelectorAll('strong')].map((s) => s.textContent)).toEqual(['bold', '"Quoted" x']);
    expect(html.querySelectorAll('strong em, em strong')).toHaveLength(1);
    expect([...html.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent])).toEqual([['https://example.org/?a=1&b="2"', 'site']]);
    expect(html.body.textContent).toContain('bad link');
    expect(html.querySelector('br')?.nextSibling?.textContent).toBe('# line two x');
    const document = part(docx, 'word/document.xml');
    const styles = [...document.matchAll(/<w:pStyle w:val="([^"]+)"\/>/g)].map((m) => m[1]);
    expect(styles.slice(0, 6)).toEqual(['Title', 'Standfirst', 'Byline', 'Dateline', 'Heading2', 'Quote']);
    expect(styles.at(-1)).toBe('Credits');
    expect(part(docx, 'word/styles.xml')).toContain('w:styleId="Quote"');
    expect(part(docx, 'word/_rels/document.xml.rels')).toMatch(/<Relationship Id="rIdlink1" Type="[^"]+\/hyperlink" Target="https:\/\/example\.org\/\?a=1&amp;b=&quot;2&quot;" TargetMode="External"\/>/);
    expect(part(docx, 'word/_rels/document.xml.rels')).not.toContain('javascript');
  });

  it('numbers each numbered list from 1', async () => {
    const item = (text: string): DraftBlock => ({ kind: 'number', runs: [{ text, bold: false, italic: false, link: null }] });
    const between: DraftBlock = { kind: 'paragraph', runs: [{ text: 'Between', bold: false, italic: false, link: null }] };
    const docx = await toDocx({ article: { fields: handMade.article.fields, blocks: [item('a'), item('b'), between, item('c')] }, meta: handMade.meta });
    const numIds = [...part(docx, 'word/document.xml').matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]);
    expect(numIds).toHaveLength(3);
    expect(numIds[0]).toBe(numIds[1]);
    expect(numIds[2]).not.toBe(numIds[0]);
    expect([...(await htmlOf(docx)).querySelectorAll('ol')].map((ol) => ol.children.length)).toEqual([2, 1]);
  });

  it('carries hostile text as text: markup stays words, characters XML cannot hold are dropped', async () => {
    const hostile = hostileInput(fixture.meta());
    const [article] = await extractDocx(await toDocx(hostile), 'hostile.docx');
    const { fields } = hostile.article;
    const asRead = (text: string) => normalizeText(xmlSafe(text));
    expect(article!.headline).toBe(asRead(fields.headline));
    // Every block, a line break read back as a paragraph break, then the credits line.
    const body = hostile.article.blocks.flatMap((block) => blockText(block).split('\n'));
    expect(article!.paragraphs).toEqual([fields.standfirst, fields.byline, fields.dateline, ...body, creditsLine(hostile.meta)!].map(asRead));
  });

  it('writes an empty article with no headline as a valid, empty document', async () => {
    const docx = await toDocx({ article: { fields: { headline: '', standfirst: '', byline: '', dateline: '' }, blocks: [] }, meta: fixture.meta({ sources: [], credits: false, language: 'not a tag!' }) });
    expect(part(docx, 'docProps/core.xml')).not.toContain('dc:language');
    expect((await htmlOf(docx)).body.textContent).toBe('');
  });
});

/** LibreOffice's command, when it is installed (CI installs it: .ci/run). */
function office(): string | null {
  for (const command of ['libreoffice', 'soffice']) {
    try {
      execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
      return command;
    } catch {
      // Not this one.
    }
  }
  return null;
}
const libreoffice = office();

describe('the .docx in LibreOffice', () => {
  it.skipIf(!libreoffice)(
    libreoffice ? 'opens the seed export and converts it to PDF and to text with the headline' : 'SKIPPED: LibreOffice (libreoffice or soffice) is not on PATH, so the .docx cannot be opened in it here',
    async () => {
      const file = join(dir, 'seed.docx');
      writeFileSync(file, await toDocx(seed));
      // A profile of its own, so a desktop LibreOffice (or another test run) holding the default one does not block it.
      const convert = (to: string) =>
        execFileSync(libreoffice!, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', to, '--outdir', dir, file], { stdio: 'pipe', timeout: 110_000 });
      convert('pdf');
      const pdf = readFileSync(join(dir, 'seed.pdf'));
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(5_000);
      convert('txt:Text (encoded):UTF8');
      const lines = readFileSync(join(dir, 'seed.txt'), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter((line) => line.trim());
      expect(lines).toEqual(toText(seed).trimEnd().split('\n\n'));
    },
    240_000,
  );
});
