import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { zipFiles } from '../../../electron/main/ingest/__fixtures__/read-zip';
import { readDraftArticle, type SerializedNode } from '../draft';
import { bodyJson, paragraphJson, textJson } from '../draft/lexical-json';
import { EXPORT_FORMATS, renderExport } from './export-formats';
import { toHtml } from './to-html';
import type { ExportInput } from './types';

// Issue 8, part 2, for the exporters: a draft whose every field and run carries hostile text, and whose links
// point at javascript:, data:, file: and worse, exported in every format. Whatever the format, the file holds the
// words as text and nothing a reader's app would run or fetch.

/** Text a writer could have pasted into a draft: markup, XML declarations, CDATA ends, Markdown link syntax. */
const HOSTILE_TEXTS = [
  `<script>window.__copydeskPwned='export'</script>`,
  `<img src=x onerror="window.__copydeskPwned='export'">`,
  `<a href="javascript:alert(1)">click</a>`,
  ']]><script>alert(1)</script><![CDATA[',
  '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>&e; &lol; &#x3C;script&#x3E;',
  '[click](javascript:alert(1)) <javascript:alert(1)> ![pic](javascript:alert(1)) [ref]: javascript:alert(1)',
  '<svg onload=alert(1)> <iframe srcdoc="<script>alert(1)</script>"> {"__proto__": {"x": 1}}',
];

/** Link targets an edited draft could carry (the editor refuses most, but a stored draft is input too). */
const HOSTILE_HREFS = [
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '//evil.example.net/x',
  '/relative/path',
  'https://ok.example.org/?q="><script>alert(1)</script>',
  'mailto:desk@example.org?subject=<script>',
];

const SAFE_URL = /^(?:https?:\/\/|mailto:)/i;

const link = (url: string, text: string): SerializedNode => ({ type: 'link', version: 1, url, children: [textJson(text)] });

const [first, second, third] = HOSTILE_TEXTS as [string, string, string, ...string[]];
const article = readDraftArticle({
  format: 'copydesk.draft',
  version: 1,
  merge: null,
  fields: { headline: first, standfirst: second, byline: third, dateline: HOSTILE_TEXTS[4]! },
  body: bodyJson([
    ...HOSTILE_TEXTS.map((text) => paragraphJson([textJson(text)])),
    paragraphJson(HOSTILE_HREFS.flatMap((href, i) => [link(href, `link ${i}`), textJson(' ')])),
    { type: 'heading', version: 1, tag: 'h2', children: [textJson(HOSTILE_TEXTS[3]!)] },
    { type: 'quote', version: 1, children: [textJson(HOSTILE_TEXTS[5]!)] },
    { type: 'list', version: 1, listType: 'bullet', children: [{ type: 'listitem', version: 1, children: [textJson(HOSTILE_TEXTS[6]!)] }] },
  ]),
});
const input: ExportInput = {
  article,
  meta: {
    id: 'draft <1>',
    revision: 1,
    language: 'en"><script>alert(1)</script>',
    exportedAt: '2026-11-27T14:30:00+00:00',
    credits: true,
    sources: HOSTILE_HREFS.map((url, i) => ({ copyId: `c${i}`, outlet: HOSTILE_TEXTS[i % HOSTILE_TEXTS.length]!, headline: first, publishedAt: '2026-11-27T10:00:00Z', url })),
  },
};

async function rendered(format: (typeof EXPORT_FORMATS)[number]['id']): Promise<string> {
  const output = await renderExport(format, input);
  if (output.kind !== 'text') throw new Error(`${format} is not a text format`);
  return output.text;
}

/** Every attribute of every element whose name says it runs or loads something. */
function activeAttributes(doc: Document): string[] {
  const found: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on') || name === 'style' || name === 'srcdoc' || name === 'formaction') found.push(`${el.localName}@${name}`);
      if (['href', 'src', 'action', 'xlink:href', 'data', 'poster', 'background', 'cite'].includes(name) && !SAFE_URL.test(attr.value)) found.push(`${el.localName}@${name}=${attr.value}`);
    }
  }
  return found;
}

describe('exports of a hostile draft', () => {
  it('HTML: no script or embedding element, no handler or style attribute, only http(s) and mailto links, the text kept as text', async () => {
    for (const html of [await rendered('html'), toHtml(input, { stylesheet: true })]) {
      const doc = new JSDOM(html).window.document;
      expect(doc.querySelectorAll('script, iframe, frame, object, embed, form, input, button, base, link, svg, math, template, img, meta[http-equiv]').length).toBe(0);
      expect(doc.querySelectorAll('style').length).toBeLessThanOrEqual(1);
      expect(activeAttributes(doc)).toEqual([]);
      expect(doc.querySelector('h1')?.textContent).toBe(first);
      const text = doc.body.textContent ?? '';
      for (const hostile of HOSTILE_TEXTS) expect(text).toContain(hostile);
      // The one safe link with markup in its query string is kept, its quotes escaped inside the attribute.
      expect(Array.from(doc.querySelectorAll('a'), (a) => a.getAttribute('href'))).toContain('https://ok.example.org/?q="><script>alert(1)</script>');
    }
  });

  it('Markdown: no raw HTML and no link but http(s) and mailto', async () => {
    const markdown = await rendered('md');
    // A backslash escape makes the next character literal; what is left is what a Markdown reader would interpret.
    const interpreted = markdown.replace(/\\[\s\S]/g, '');
    expect(interpreted).not.toMatch(/<[a-z!/?]/i);
    const targets = [...interpreted.matchAll(/\]\(([^)\s]*)/g)].map((m) => m[1]!);
    expect(targets.length).toBeGreaterThan(0);
    for (const target of targets) expect(target).toMatch(SAFE_URL);
    expect(interpreted).not.toMatch(/^\s*\[[^\]]*\]:/m);
  });

  it.each(['nitf', 'newsml'] as const)('%s: no DOCTYPE or entity declaration, well formed, the text read back as written', async (format) => {
    const xml = await rendered(format);
    expect(xml).not.toMatch(/<!DOCTYPE|<!ENTITY|<!\[CDATA\[/i);
    expect(XMLValidator.validate(xml)).toBe(true);
    const texts: string[] = [];
    const hrefs: string[] = [];
    const names: string[] = [];
    const walk = (nodes: Record<string, unknown>[]) => {
      for (const node of nodes) {
        for (const [key, value] of Object.entries(node)) {
          if (key === '#text') texts.push(String(value));
          else if (key === ':@') hrefs.push(...Object.entries(value as Record<string, string>).filter(([k]) => /href/i.test(k)).map(([, v]) => v));
          else {
            names.push(key);
            walk(value as Record<string, unknown>[]);
          }
        }
      }
    };
    walk(new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false, parseTagValue: false }).parse(xml) as Record<string, unknown>[]);
    for (const hostile of HOSTILE_TEXTS) expect(texts).toContain(hostile);
    expect(names.filter((name) => /^(script|img|iframe|svg|style)$/i.test(name))).toEqual([]);
    for (const href of hrefs) expect(href).toMatch(/^(?:https?:\/\/|mailto:|http:\/\/www\.iptc\.org\/)/i);
  });

  it.each(['ninjs', 'ninjs1'] as const)('%s: JSON whose strings are the text and whose URIs are safe or ours', async (format) => {
    const json = await rendered(format);
    const item = JSON.parse(json) as unknown;
    const strings: [string, string][] = [];
    const walk = (value: unknown, key: string) => {
      if (typeof value === 'string') strings.push([key, value]);
      else if (value && typeof value === 'object') {
        expect(Object.prototype.hasOwnProperty.call(value, '__proto__')).toBe(false);
        for (const [k, v] of Object.entries(value)) walk(v, k);
      }
    };
    walk(item, '');
    for (const hostile of HOSTILE_TEXTS) expect(strings.some(([, s]) => s.includes(hostile))).toBe(true);
    for (const [key, value] of strings.filter(([k]) => /uri|href|url/i.test(k))) expect(value, key).toMatch(/^(?:https?:\/\/|mailto:|urn:copydesk:)/);
  });

  it('Word: no DOCTYPE or entity, no external target but http(s) and mailto hyperlinks, no field codes or embedded HTML', async () => {
    const output = await renderExport('docx', input);
    if (output.kind !== 'binary') throw new Error('docx is a binary format');
    const files = zipFiles(output.bytes);
    for (const [name, { text }] of files) {
      expect(text, name).not.toMatch(/<!DOCTYPE|<!ENTITY/i);
      expect(text, name).not.toMatch(/<w:altChunk|<w:instrText|r:link=|<w:fldSimple/);
      for (const match of text.matchAll(/<Relationship\b[^>]*>/g)) {
        const external = /TargetMode="External"/.test(match[0]);
        const target = /Target="([^"]*)"/.exec(match[0])?.[1] ?? '';
        if (external) {
          expect(match[0], name).toMatch(/\/hyperlink"/);
          expect(target.replace(/&amp;/g, '&'), name).toMatch(SAFE_URL);
        }
      }
    }
    const document = files.get('word/document.xml')!.text;
    expect(document).toContain('&lt;script&gt;window.__copydeskPwned=');
    expect(document).not.toMatch(/<script/i);
  });

  it('plain text: every hostile text as written', async () => {
    const text = await rendered('txt');
    for (const hostile of HOSTILE_TEXTS) expect(text).toContain(hostile);
  });

  it('covers every export format', () => {
    // A format added later must join this file: its active content is not checked otherwise.
    expect(EXPORT_FORMATS.map((f) => f.id).sort()).toEqual(['docx', 'html', 'md', 'newsml', 'ninjs', 'ninjs1', 'nitf', 'txt']);
  });
});
