import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Extracted, ExtractedArticle } from '../../../shared/domain/extract/types';
import { makeDocx } from './__fixtures__/make-docx';
import { makeZip } from './__fixtures__/make-zip';
import { extractDocument } from './extract';

const FIXTURES = new URL('../../../../shared/fixtures/', import.meta.url);
const fixture = (path: string) => new Uint8Array(readFileSync(new URL(path, FIXTURES)));
const utf8 = (text: string) => new TextEncoder().encode(text);
const OPTIONS = { maxBytes: 50 * 1024 * 1024 };
const extract = (name: string, bytes: Uint8Array) => extractDocument({ name, bytes }, OPTIONS);
const articlesOf = (result: Extracted): ExtractedArticle[] => ('articles' in result ? result.articles : []);

const sentences = (topic: string) =>
  Array.from({ length: 6 }, (_, i) => `The ${topic} report, part ${i + 1}, says officials met on Tuesday to discuss the next steps in detail.`).join(' ');

// An aggregator page: two full articles, with navigation, a link list, a script and a form around them.
const LISTING = `<!DOCTYPE html><html><head><title>Latest news</title><script>document.write('<p>injected</p>')</script></head><body>
<nav><a href="/">Home</a> <a href="/world">World news section</a> <a href="/sport">Sport news section</a></nav>
<main>
<article><h2><a href="/a">Bridge reopens after repairs</a></h2><p>Leader Live 14 hours ago</p><p>${sentences('bridge')}</p><p>${sentences('traffic')}</p></article>
<article><h2><a href="/b">Council approves new budget</a></h2><p>${sentences('budget')}</p><p>${sentences('council')}</p></article>
</main>
<div class="more"><a href="/1">More stories about roads</a><a href="/2">More stories about budgets</a><a href="/3">More stories about weather</a></div>
<form><input name="q"><button>Search the whole site now</button></form>
<footer><a href="/about">About this newspaper</a></footer>
<img src="http://tracker.invalid/pixel.gif" onerror="alert(1)">
</body></html>`;

describe('extractDocument: choosing the reader', () => {
  it.each([
    ['iptc/ninjsExSimpleText1.json', 'ninjs'],
    ['iptc/dpa_text.json', 'ninjs'],
    ['iptc/NTB_nitf_sample.xml', 'nitf'],
    ['iptc/LISTING_2_NewsML-G2_Text_Document.xml', 'newsml-g2'],
    ['iptc/TT_newsmlg2_sample.xml', 'newsml-g2'],
    ['html-pages/telegraph/source.html', 'html'],
  ])('%s → %s', async (path, format) => {
    const result = await extract(path.split('/').pop()!, fixture(path));
    expect(result.format).toBe(format);
    expect(articlesOf(result)[0]!.paragraphs.length).toBeGreaterThan(1);
  });

  it('reads by content when the extension says .txt: NITF, ninjs and a whole saved web page', async () => {
    expect((await extract('wire.txt', fixture('iptc/NTB_nitf_sample.xml'))).format).toBe('nitf');
    expect((await extract('item.txt', fixture('iptc/004_simple_text_article.json'))).format).toBe('ninjs');
    expect((await extract('page.txt', fixture('html-pages/telegraph/source.html'))).format).toBe('html');
  });

  it('keeps copy that merely mentions tags as text', async () => {
    const result = await extract('note.txt', utf8('Use <b> for bold.\n\nSecond paragraph.'));
    expect(result).toEqual({ format: 'text', text: 'Use <b> for bold.\n\nSecond paragraph.' });
  });

  it('passes the scraped aggregator page through as text, lines and blank lines kept', async () => {
    const bytes = fixture('seed/daily8-met-lfr.txt');
    const result = await extract('daily8-met-lfr.txt', bytes);
    expect(result.format).toBe('text');
    const text = (result as { text: string }).text;
    expect(text).toContain("Metropolitan Police's policy over live facial recognition ‘unlawful'\n\nMetropolitan Police's");
    expect(text).toContain('Leader Live14 hours ago\nThe Equality and Human Rights Commission');
  });

  it('decodes Windows-1252 text', async () => {
    const bytes = new Uint8Array([0x93, 0x51, 0x75, 0x6f, 0x74, 0x65, 0x94, 0x20, 0x96, 0x20, 0x63, 0x61, 0x66, 0xe9]);
    expect(await extract('old.txt', bytes)).toEqual({ format: 'text', text: '“Quote” – café' });
  });

  it('turns Markdown into analyser text', async () => {
    expect(await extract('story.md', utf8('# Title\n\nSome **bold** [link](http://x).\n'))).toEqual({ format: 'markdown', text: 'Title\n\nSome bold link.' });
  });

  it('reads a Word file, also when it was saved as .txt', async () => {
    const bytes = makeDocx([{ text: 'Headline here', style: 'Title' }, { text: 'Body paragraph.' }]);
    for (const name of ['story.docx', 'story.txt']) {
      const result = await extract(name, bytes);
      expect(result.format).toBe('docx');
      expect(articlesOf(result)[0]).toMatchObject({ headline: 'Headline here', paragraphs: ['Body paragraph.'] });
    }
  });

  it('gives a listing page to page analysis as text, without chrome, scripts or link lists', async () => {
    const result = await extract('latest.html', utf8(LISTING));
    expect(result.format).toBe('html-page');
    const lines = (result as { text: string }).text.split('\n');
    expect(lines).toContain('Bridge reopens after repairs');
    expect(lines).toContain('Council approves new budget');
    expect(lines).toContain('Leader Live 14 hours ago');
    expect(lines.indexOf('Council approves new budget')).toBeGreaterThan(lines.indexOf('Bridge reopens after repairs'));
    // A blank line separates the two articles.
    expect(lines[lines.indexOf('Council approves new budget') - 1]).toBe('');
    const text = lines.join('\n');
    for (const chrome of ['World news section', 'More stories', 'Search the whole site', 'About this newspaper', 'injected', 'document.write']) {
      expect(text).not.toContain(chrome);
    }
  });
});

describe('extractDocument: bad input gets a clear error naming the file', () => {
  const BILLION_LAUGHS = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]><nitf><body><body.content><p>&lol2;</p></body.content></body></nitf>';
  const XXE = '<?xml version="1.0"?><!DOCTYPE newsItem [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><newsItem><contentSet><inlineData>&xxe;</inlineData></contentSet></newsItem>';
  const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

  it.each([
    ['empty.txt', new Uint8Array(0), 'empty.txt: is empty'],
    ['blank.txt', utf8(' \n\t\n'), 'blank.txt: is empty (only white space)'],
    ['photo.txt', PNG, 'photo.txt: is a PNG image, not a text document'],
    ['scan.pdf', utf8('%PDF-1.7'), /^scan\.pdf: unsupported file type \.pdf \(Copydesk reads \.txt, /],
    ['data.txt', new Uint8Array([0x41, 0x00, 0x42, 0x01, 0x02]), /^data\.txt: binary content/],
    ['laughs.xml', utf8(BILLION_LAUGHS), /^laughs\.xml: refused XML that declares entities/],
    ['xxe.xml', utf8(XXE), /^xxe\.xml: refused XML that declares entities/],
    ['feed.xml', utf8('<rss version="2.0"><channel/></rss>'), 'feed.xml: unsupported XML (root element <rss>; Copydesk reads NITF and NewsML-G2)'],
    ['broken.xml', utf8('<nitf><body>'), /^broken\.xml: malformed XML/],
    ['cut.json', utf8('{"headline": "x",'), /^cut\.json: malformed JSON/],
    ['package.json', utf8('{"name": "copydesk", "version": "1.0.0"}'), 'package.json: not a ninjs news item (no headline, body or version fields found)'],
    ['report.docx', utf8('I am a text file'), 'report.docx: not a Word document (it is not a zip archive)'],
    ['archive.docx', makeZip([{ name: 'a.txt', content: 'x' }]), 'archive.docx: not a Word document (the zip archive has no word/document.xml)'],
    ['bundle.txt', makeZip([{ name: 'a.txt', content: 'x' }]), 'bundle.txt: is a zip archive, not a text document'],
    ['empty-page.html', utf8('<html><body><nav><a href="/">Home</a></nav><p>Page not found.</p></body></html>'), /^empty-page\.html: no article found in the web page/],
  ])('%s', async (name, bytes, message) => {
    await expect(extract(name, bytes)).rejects.toThrow(message);
  });

  it('refuses a file over the import limit, naming the limit', async () => {
    await expect(extractDocument({ name: 'big.txt', bytes: new Uint8Array(2048).fill(0x61) }, { maxBytes: 1024 })).rejects.toThrow(
      'big.txt: 2.0 KB is over the 1.0 KB import limit (Settings)',
    );
  });
});
