import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT_IDS } from '../model';
import { exportFilename, headlineSlug, numberedFilename } from './export-filename';

describe('headlineSlug', () => {
  it.each([
    ["Metropolitan Police's policy over live facial recognition ‘unlawful'", 'metropolitan-polices-policy-over-live-facial-recognition-unlawful'],
    ['Café owners’ “naïve” plan: 50% off!', 'cafe-owners-naive-plan-50-off'],
    // Letters NFKD cannot split (æ, ø, ł, ß) stay; ó and ź lose their accents.
    ['Ærø ferry: Łódź, Straße', 'ærø-ferry-łodz-straße'],
    ['Ｆｕｌｌｗｉｄｔｈ ①', 'fullwidth-1'],
    ['İstanbul ĞÜŞ', 'istanbul-gus'],
    ['Новый закон о йоде', 'новый-закон-о-йоде'],
    ['东京奥运会 推迟', '东京奥运会-推迟'],
    ['مجلس الأمن يجتمع', 'مجلس-الأمن-يجتمع'],
    ['हिन्दी समाचार', 'हिन्दी-समाचार'],
    ['  --- ??? ', 'untitled'],
    ['', 'untitled'],
    ['🧑‍💻 \u200B\u0007', 'untitled'],
    ['../../etc/passwd', 'etc-passwd'],
    ['a<b>c:d"e/f\\g|h?i*j', 'a-b-c-d-e-f-g-h-i-j'],
  ])('%j → %j', (headline, slug) => {
    expect(headlineSlug(headline)).toBe(slug);
  });

  it('never gives a Windows device name', () => {
    for (const name of ['CON', 'prn', 'Aux', 'nul', 'COM1', 'lpt9', 'COM¹']) expect(headlineSlug(name)).toMatch(/^(con|prn|aux|nul|com\d|lpt\d)-article$/);
    expect(headlineSlug('Con artists jailed')).toBe('con-artists-jailed');
  });

  it('cuts a long headline at a word boundary, within 80 characters', () => {
    const slug = headlineSlug('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^word(-word)+$/);
    expect(headlineSlug('x'.repeat(200))).toBe('x'.repeat(80));
  });

  it('keeps a long headline without spaces within 80 characters and 200 bytes of UTF-8, whole characters only', () => {
    const cjk = headlineSlug('東'.repeat(100));
    expect([...cjk].length).toBeLessThanOrEqual(80);
    expect(new TextEncoder().encode(cjk).length).toBeLessThanOrEqual(200);
    expect(cjk).toBe('東'.repeat(66));
    const emoji = headlineSlug('𝐀'.repeat(100));
    expect(emoji).toBe('a'.repeat(80));
  });
});

describe('exportFilename', () => {
  it('adds the extension of each format, unique per format', () => {
    const names = EXPORT_FORMAT_IDS.map((format) => exportFilename('Storm closes road', format));
    expect(names).toEqual([
      'storm-closes-road.txt',
      'storm-closes-road.md',
      'storm-closes-road.html',
      'storm-closes-road.docx',
      'storm-closes-road.ninjs.json',
      'storm-closes-road.ninjs1.json',
      'storm-closes-road.newsml.xml',
      'storm-closes-road.nitf.xml',
    ]);
    expect(exportFilename('', 'nitf')).toBe('untitled.nitf.xml');
  });
});

describe('numberedFilename', () => {
  it('numbers the stem, keeping a format extension whole', () => {
    expect(numberedFilename('storm.txt', 2)).toBe('storm-2.txt');
    expect(numberedFilename('x.ninjs.json', 2)).toBe('x-2.ninjs.json');
    expect(numberedFilename('x.newsml.xml', 13)).toBe('x-13.newsml.xml');
    expect(numberedFilename('notes.v2.pdf', 3)).toBe('notes.v2-3.pdf');
    expect(numberedFilename('README', 2)).toBe('README-2');
    expect(numberedFilename('.ninjs.json', 2)).toBe('.ninjs-2.json');
    expect(numberedFilename('.hidden', 2)).toBe('.hidden-2');
  });
});
