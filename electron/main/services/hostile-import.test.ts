import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/errors';
import { TOKEN_HEADER } from '../../../shared/api/http';
import { ExtractError } from '../../../shared/domain/extract/extract-error';
import type { WireCopy } from '../../../shared/domain/model';
import { callCommand } from '../../cli/commands/call';
import { startTestServer } from '../../web/test-server';
import { analyzeDocument } from '../ingest/analyze-document';
import { openHtmlDocument } from '../ingest/html-document';
import { sanitizedTree } from '../ingest/sanitize';
import { isElement, type XmlElement } from '../../../shared/domain/extract/xml-tree';
import { HTML_CASES } from '../ingest/__fixtures__/hostile/html-cases';
import { bytesOf, HOSTILE_FILE_NAMES, hostileCorpus, PASTED_CASES, POLLUTED_KEY, SENTINEL, type HostileCase } from '../ingest/__fixtures__/hostile';
import { base64, wireStory, withRealServices } from './import-test-support';

// Issue 8, part 2, for the importers: the hostile corpus through the real import pipeline (worker, extraction,
// analysis, store). Every file is imported as clean text or refused with a message naming it; nothing that could
// run survives in a stored field; the secret file an XML or Word file points at is never read; JSON cannot
// pollute Object.prototype; the entity bomb is refused before it expands; and hostile file names stay labels.

let secretDir = '';
let secretUrl = '';
const MARKER = `copydesk-secret-${randomUUID()}`;

beforeAll(async () => {
  secretDir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-secret-'));
  const secretFile = path.join(secretDir, 'secret.txt');
  await writeFile(secretFile, `${MARKER}\n`);
  secretUrl = pathToFileURL(secretFile).href;
});

afterAll(async () => {
  await rm(secretDir, { recursive: true, force: true });
});

/** The cases the importers must refuse, with what the refusal has to say. Every other case must import. */
const REFUSED: Readonly<Record<string, RegExp>> = {
  'nitf-xxe': /refused XML that declares entities/,
  'nitf-xxe-parameter': /refused XML that declares entities/,
  'nitf-xxe-hidden': /refused XML that declares entities/,
  'nitf-laughs-hidden': /refused XML that declares entities/,
  'nitf-billion-laughs': /refused XML that declares entities/,
  'nitf-doctype-system': /refers to an external file/,
  'newsml-xxe': /refused XML that declares entities/,
  'ninjs-deep-read': /invalid ninjs/,
  'docx-xxe': /not a readable Word document/,
};

// What would be live in a markup reader: a tag, an event-handler attribute, a script or document URL.
const LIVE_MARKUP = [/<\s*\/?\s*[a-z!]/i, /\bon[a-z]+\s*=/i, /(?:java|vb)script\s*:/i, /data\s*:\s*text\/html/i];

/** Every field of a stored copy a view shows, as one text. */
const shownText = (copy: WireCopy): string =>
  [copy.origin.source, copy.outlet, copy.headline, copy.published, copy.byline, copy.dateline, ...copy.paragraphs, ...copy.removed].filter((f) => f !== null).join('\n');

/** Every file under `dir`, relative to it, with its content. */
async function filesUnder(dir: string): Promise<{ file: string; text: string }[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return Promise.all(
    entries
      .filter((e) => e.isFile())
      .map(async (e) => {
        const full = path.join(e.parentPath, e.name);
        return { file: path.relative(dir, full), text: await readFile(full, 'utf8') };
      }),
  );
}

const asUpload = (c: HostileCase) => ({ name: c.name, dataBase64: base64(bytesOf(c.content)) });

function expectClean(copy: WireCopy, c: HostileCase): void {
  const text = shownText(copy);
  // The honest article around the payload arrived: this is an import of text, not an empty shell.
  expect(text, c.id).toContain(`filed under reference ${c.id} was released`);
  if (c.keepsPayloadAsText) return;
  expect(text, `${c.id}: ${c.attacks}`).not.toContain(SENTINEL);
  for (const pattern of LIVE_MARKUP) expect(text, `${c.id}: ${c.attacks}`).not.toMatch(pattern);
}

describe('the hostile corpus through the real import pipeline', () => {
  it('imports every file as clean text or refuses it naming the file, and never reads the secret', async () => {
    const corpus = hostileCorpus(secretUrl);
    await withRealServices(async (call, _services, dir) => {
      const report = await call('import.files', { files: corpus.map(asUpload) });
      expect(report.duplicates).toEqual([]);
      const failed = new Map(report.failed.map((f) => [f.source, f.message]));
      for (const c of corpus) {
        const message = failed.get(c.name);
        if (REFUSED[c.id]) {
          expect(message, `${c.id} must be refused: ${c.attacks}`).toBeDefined();
          expect(message!.startsWith(`${c.name}: `), message).toBe(true);
          expect(message).toMatch(REFUSED[c.id]!);
        } else {
          expect(message, `${c.id} must import: ${c.attacks}`).toBeUndefined();
        }
      }
      const imported = report.imported.map((s) => s.origin.source);
      expect(imported.sort()).toEqual(corpus.filter((c) => !REFUSED[c.id]).map((c) => c.name).sort());

      for (const summary of report.imported) {
        const c = corpus.find((k) => k.name === summary.origin.source)!;
        expectClean(await call('copies.get', { id: summary.id }), c);
      }
      // Whatever read a file outside the import would have left the marker in a copy, a message or the store.
      expect(JSON.stringify(report)).not.toContain(MARKER);
      const stored = await filesUnder(dir);
      expect(stored.length).toBeGreaterThan(0);
      for (const { file, text } of stored) expect(text, file).not.toContain(MARKER);
      // The scan itself: a copy that does hold the marker is found by it.
      await call('import.text', { text: wireStory('tunnel', ` ${MARKER}`), source: 'marker.txt' });
      expect((await filesUnder(dir)).some(({ text }) => text.includes(MARKER))).toBe(true);
    });
  }, 180_000);

  it('keeps pasted markup as characters, never parsed', async () => {
    await withRealServices(async (call) => {
      for (const c of PASTED_CASES) {
        const report = await call('import.text', { text: String(c.content), source: c.name });
        expect(report.failed).toEqual([]);
        const copy = await call('copies.get', { id: report.imported[0]!.id });
        expectClean(copy, c);
        // Pasted HTML is text: the tags the writer pasted are still there as characters (in the body or among the
        // lines page analysis set aside), never parsed into anything.
        expect(shownText(copy)).toContain(`<script>window.${SENTINEL}='${c.id}'</script>`);
      }
    });
  }, 60_000);
});

describe('the hostile corpus through the extractor the import worker runs', () => {
  // The worker is a separate heap, so prototype pollution and memory are checked on the same code run here.
  it('fails only with an ExtractError naming the file, leaves Object.prototype alone, and refuses the bombs before they grow', async () => {
    const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
    for (const c of hostileCorpus(secretUrl)) {
      const heapBefore = process.memoryUsage().heapUsed;
      try {
        const { analysis } = await analyzeDocument({ name: c.name, bytes: bytesOf(c.content) }, { maxBytes: 50_000_000, importedAt: '2026-11-27T12:00:00Z' });
        expect(REFUSED[c.id], `${c.id} was refused through the pipeline but read here`).toBeUndefined();
        expect(analysis.articles.length, c.id).toBeGreaterThan(0);
      } catch (error) {
        expect(error, c.id).toBeInstanceOf(ExtractError);
        expect((error as Error).message.startsWith(`${c.name}: `)).toBe(true);
        expect(REFUSED[c.id], `${c.id}: ${(error as Error).message}`).toBeDefined();
      }
      // A billion laughs expanded is gigabytes; refused from its DOCTYPE it costs nothing.
      if (/laughs/.test(c.id)) expect(process.memoryUsage().heapUsed - heapBefore, c.id).toBeLessThan(64 * 1024 * 1024);
      expect(({} as Record<string, unknown>)[POLLUTED_KEY], c.id).toBeUndefined();
      expect(Object.getOwnPropertyNames(Object.prototype).sort(), c.id).toEqual(prototypeKeys);
    }
  }, 120_000);
});

describe('the pollution check itself', () => {
  /** The classic vulnerable recursive merge: what the cases would do to code that copied untrusted keys. */
  function naiveMerge(into: Record<string, unknown>, from: Record<string, unknown>): void {
    for (const key of Object.keys(from)) {
      const value = from[key];
      if (value !== null && typeof value === 'object') {
        if (into[key] === undefined || into[key] === null) into[key] = {};
        naiveMerge(into[key] as Record<string, unknown>, value as Record<string, unknown>);
      } else into[key] = value;
    }
  }

  it.each(['ninjs-proto-top', 'ninjs-constructor-prototype', 'ninjs-proto-nested'])('sees %s pollute Object.prototype through a naive merge', (id) => {
    const c = hostileCorpus(secretUrl).find((k) => k.id === id)!;
    const clean = new Set(Object.getOwnPropertyNames(Object.prototype));
    try {
      naiveMerge({}, JSON.parse(String(c.content)) as Record<string, unknown>);
      expect(({} as Record<string, unknown>)[POLLUTED_KEY]).toBe('yes');
    } finally {
      // Every key the merge planted goes, or the tests after this one would run on a polluted prototype.
      for (const key of Object.getOwnPropertyNames(Object.prototype)) if (!clean.has(key)) delete (Object.prototype as Record<string, unknown>)[key];
    }
    expect(Object.getOwnPropertyNames(Object.prototype)).toEqual([...clean]);
  });
});

describe('the sanitiser every HTML reader goes through', () => {
  // The store keeps text only, so its copies cannot show whether markup was cleaned; the tree the readers walk can.
  const ACTIVE_ELEMENTS = new Set(['script', 'iframe', 'frame', 'object', 'embed', 'form', 'input', 'button', 'style', 'link', 'meta', 'base', 'template', 'noscript', 'use', 'foreignobject', 'maction', 'animate', 'set']);
  const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'srcdoc', 'data', 'xlink:href', 'background', 'poster']);

  // Browsers ignore controls and spaces inside a URL's scheme ("java\tscript:"), so the check does too.
  const visible = (value: string): string => [...value].filter((ch) => ch.charCodeAt(0) > 0x20).join('');

  function activeParts(root: XmlElement): string[] {
    const found: string[] = [];
    const stack = [root];
    while (stack.length > 0) {
      const el = stack.pop()!;
      if (ACTIVE_ELEMENTS.has(el.name.toLowerCase())) found.push(`<${el.name}>`);
      for (const [name, value] of Object.entries(el.attrs)) {
        if (/^on/i.test(name) || name.toLowerCase() === 'style') found.push(`${el.name}@${name}`);
        if (URL_ATTRIBUTES.has(name.toLowerCase()) && /^(?:(?:java|vb)script|data:text\/html)/i.test(visible(value))) found.push(`${el.name}@${name}=${value}`);
      }
      stack.push(...el.children.filter(isElement));
    }
    return found;
  }

  it.each(HTML_CASES.map((c) => [c.id, c] as const))('leaves nothing active of %s', (_id, c) => {
    const dom = openHtmlDocument(String(c.content));
    try {
      const tree = sanitizedTree(dom, dom.window.document.documentElement.outerHTML);
      expect(activeParts(tree), c.attacks).toEqual([]);
      // …while the article itself is still there to read.
      expect(JSON.stringify(tree)).toContain(`filed under reference ${c.id}`);
    } finally {
      dom.window.close();
    }
  });
});

describe('hostile file names', () => {
  /** The same story under each hostile name, a word apart so none is a duplicate of another. */
  const uploads = HOSTILE_FILE_NAMES.map(({ name }, i) => ({ name, dataBase64: base64(wireStory('ferry', ` (${i + 1})`).replace('six hours', `${i + 6} hours`)) }));
  /** The label each must be stored under: its last path segment, characters kept as they are. */
  const labels = HOSTILE_FILE_NAMES.map(({ name }) => name.replace(/^.*[\\/]/, ''));

  /** Nothing was written where a name would point if it were taken as a path, and nothing outside `root`'s data. */
  async function expectNothingOutside(root: string, dataDir: string): Promise<void> {
    for (const { name } of HOSTILE_FILE_NAMES) {
      if (name.includes('\u0000')) continue;
      for (const base of [dataDir, root, process.cwd(), path.join(dataDir, 'copies')]) expect(existsSync(path.resolve(base, name)), `${name} from ${base}`).toBe(false);
    }
    for (const { file } of await filesUnder(root)) {
      expect(file.startsWith(`data${path.sep}`) || file.startsWith(`resources${path.sep}`), file).toBe(true);
      expect(file, file).not.toMatch(/evil|onerror|CON\.txt|\baux$/i);
    }
  }

  function expectLabels(report: ImportReport): void {
    expect(report.failed).toEqual([]);
    expect(report.imported.map((c) => c.origin.source)).toEqual(labels);
  }

  it('are stored as plain labels through the services, and nothing is written where they point', async () => {
    await withRealServices(async (call, _services, dir) => {
      expectLabels(await call('import.files', { files: uploads }));
      const listed = await call('library.list');
      expect(listed.copies.map((c) => c.origin.source).sort()).toEqual([...labels].sort());
      await expectNothingOutside(dir, path.join(dir, 'data'));
      // Longer than any real file name: refused at the boundary, naming the field, before anything is read.
      await expect(call('import.files', { files: [{ name: `${'n'.repeat(5000)}.txt`, dataBase64: uploads[0]!.dataBase64 }] })).rejects.toThrow(/files\.0\.name: Too big/);
    });
  }, 60_000);

  it('are stored as plain labels through the web bridge', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'copydesk-hostile-web-'));
    await mkdir(path.join(root, 'resources'), { recursive: true });
    const token = `hostile-${randomUUID()}`;
    const { port, stop } = await startTestServer({ root, staticDir: path.join(root, 'resources'), resourcesDir: path.join(root, 'resources'), token });
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/import.files`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify({ files: uploads }),
      });
      const result = (await response.json()) as ApiResult<ImportReport>;
      if (!result.ok) throw new Error(result.error.message);
      expectLabels(result.value);
    } finally {
      await stop();
    }
    await expectNothingOutside(root, path.join(root, 'data'));
    await rm(root, { recursive: true, force: true });
  }, 60_000);

  it('are stored as plain labels through the CLI', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'copydesk-hostile-cli-'));
    const saved = process.env.COPYDESK_DATA_DIR;
    process.env.COPYDESK_DATA_DIR = path.join(root, 'data');
    const out: string[] = [];
    const err: string[] = [];
    try {
      const status = await callCommand.run(['import.files', JSON.stringify({ files: uploads })], { out: (t) => out.push(t), err: (t) => err.push(t) });
      expect(err).toEqual([]);
      expect(status).toBe(0);
      expectLabels(JSON.parse(out.join('\n')) as ImportReport);
      await expectNothingOutside(root, path.join(root, 'data'));
    } finally {
      if (saved === undefined) delete process.env.COPYDESK_DATA_DIR;
      else process.env.COPYDESK_DATA_DIR = saved;
      await rm(root, { recursive: true, force: true });
    }
  }, 60_000);
});
