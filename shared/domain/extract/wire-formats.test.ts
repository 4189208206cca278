import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseNewsmlG2 } from './newsml-g2';
import { looksLikeNinjs, parseNinjs } from './ninjs';
import { parseNitf } from './nitf';
import type { ExtractedArticle } from './types';

// The IPTC examples beside the repository (/work/shared/fixtures/iptc), read-only.
const readIptcFixture = (name: string): string => readFileSync(new URL(`../../../../shared/fixtures/iptc/${name}`, import.meta.url), 'utf8');

interface Expectation {
  headline: string;
  byline: string | null;
  outlet: string | null;
  dateline: string | null;
  publishedAt: string | null;
  paragraphs: number;
  firstWords: string;
  lastWords: string;
}

const AP_STORY = {
  headline: 'Captain of wrecked cruise ship on trial in Italy',
  byline: "Paulo Santalucia and Frances d'Emilio",
  publishedAt: '2013-07-09T10:37:00.000Z',
  paragraphs: 4,
  firstWords: 'GROSSETO, Italy (AP) -- The trial of the captain',
  lastWords: 'Schettino has denied wrongdoing.',
};

const cases: [string, (text: string, source: string) => ExtractedArticle[], Expectation][] = [
  ['ninjsExSimpleText1.json', parseNinjs, { ...AP_STORY, outlet: null, dateline: null }],
  ['004_simple_text_article.json', parseNinjs, { ...AP_STORY, outlet: null, dateline: null }],
  ['005_complex_text_article.json', parseNinjs, { ...AP_STORY, outlet: null, dateline: 'Grossetto, Italy' }],
  [
    'dpa_text.json',
    parseNinjs,
    {
      headline: 'Faktencheck Derby-Elfmeter: Hat Schiedsrichter Zwayer recht?',
      byline: 'Von Christian Hollmann, dpa',
      outlet: 'dpa',
      dateline: null,
      publishedAt: '2019-05-10T14:02:28.000Z',
      paragraphs: 9,
      firstWords: 'Für Lucien Favre war es «der größte Skandal',
      lastWords: 'um die richtige Auslegung der Bestimmungen kommen.',
    },
  ],
  [
    'NTB_nitf_sample.xml',
    parseNitf,
    {
      headline: 'Pandemien herjer på den legeløse indiske landsbygda',
      byline: 'NTB-AFP-DPA',
      outlet: 'NTB',
      dateline: 'Unnao',
      // Stated without a time zone, so deliberately not converted.
      publishedAt: null,
      paragraphs: 22, // 18 <p> and 4 <hl2> subheads
      firstWords: 'Koronapandemien herjer også i landsbyer',
      lastWords: '(©NTB)',
    },
  ],
  [
    'LISTING_2_NewsML-G2_Text_Document.xml',
    parseNewsmlG2,
    {
      headline: 'Fed to halt QE to avert "bubble"',
      byline: 'By Meredith Jameson, Staff Reporter',
      outlet: 'Acme News and Media LLC',
      dateline: 'New York, NY',
      publishedAt: '2018-11-21T21:25:32.000Z',
      paragraphs: 2,
      firstWords: '(New York, NY - October 21) Et, sent luptat luptat, commy Nim',
      lastWords: 'esto cons dolutpat, si.',
    },
  ],
  [
    'TT_newsmlg2_sample.xml',
    parseNewsmlG2,
    {
      headline: 'Jan Guillou skriver på ny "Hamilton"-bok',
      byline: null,
      outlet: 'TT',
      dateline: null,
      publishedAt: '2021-09-19T18:57:43.000Z',
      paragraphs: 6,
      firstWords: 'LitteraturTT',
      lastWords: 'om pensionärsduon framöver.',
    },
  ],
];

describe('wire formats: the IPTC example files', () => {
  it.each(cases)('%s', (file, parse, want) => {
    const articles = parse(readIptcFixture(file), file);
    expect(articles).toHaveLength(1);
    const [a] = articles as [ExtractedArticle];
    expect(a.headline).toBe(want.headline);
    expect(a.byline).toBe(want.byline);
    expect(a.outlet).toBe(want.outlet);
    expect(a.dateline).toBe(want.dateline);
    expect(a.publishedAt).toBe(want.publishedAt);
    expect(a.published).not.toBeNull();
    expect(a.paragraphs).toHaveLength(want.paragraphs);
    expect(a.paragraphs[0]!.startsWith(want.firstWords)).toBe(true);
    expect(a.paragraphs.at(-1)!.endsWith(want.lastWords)).toBe(true);
    // No markup or undecoded references may survive into the copy.
    for (const p of a.paragraphs) expect(p).not.toMatch(/<\/?[a-z][^>]*>|&#?\w+;/i);
  });

  it('reads the three ninjs shapes of the same AP story to the same paragraphs (up to the 1.x typo)', () => {
    const fold = (file: string) => parseNinjs(readIptcFixture(file), file)[0]!.paragraphs.map((p) => p.replace('4,2000', '4,200'));
    expect(fold('ninjsExSimpleText1.json')).toEqual(fold('004_simple_text_article.json'));
    expect(fold('005_complex_text_article.json')).toEqual(fold('004_simple_text_article.json'));
  });

  it('keeps NITF subheads as their own paragraphs and leaves the photo caption out', () => {
    const [a] = parseNitf(readIptcFixture('NTB_nitf_sample.xml'), 'ntb.xml');
    expect(a!.paragraphs).toContain('- Det skjulte India');
    expect(a!.paragraphs.join(' ')).not.toContain('Kremasjonsbål');
  });

  it('skips the picture item of a NewsML-G2 message and drops the repeated <h1> headline', () => {
    const [a] = parseNewsmlG2(readIptcFixture('TT_newsmlg2_sample.xml'), 'tt.xml');
    expect(a!.paragraphs).not.toContain(a!.headline);
    expect(a!.paragraphs).toContain(
      'Hamilton har just genomgått en höftledsoperation, så han går omkring med krycka, och Erik Ponti har opererat ryggen och haltar omkring med käpp, säger författaren till tidningen.',
    );
  });
});

describe('ninjs: recognising and refusing', () => {
  it('recognises ninjs by its keys and not other JSON', () => {
    expect(looksLikeNinjs(JSON.parse(readIptcFixture('dpa_text.json')))).toBe(true);
    expect(looksLikeNinjs({ name: 'copydesk', version: '1.0.0', dependencies: {} })).toBe(false);
    expect(looksLikeNinjs([1, 2, 3])).toBe(false);
  });

  it('refuses JSON that is not ninjs, malformed JSON and wrongly typed fields, naming the file', () => {
    expect(() => parseNinjs('{"name":"copydesk","version":"1.0.0"}', 'package.json')).toThrow('package.json: not a ninjs news item');
    expect(() => parseNinjs('{"headline": "x", ', 'cut.json')).toThrow(/^cut\.json: malformed JSON/);
    expect(() => parseNinjs('{"uri":"u","headlines":[{"value": 42}]}', 'typed.json')).toThrow(/^typed\.json: invalid ninjs \(headlines\.0\.value: /);
    expect(() => parseNinjs('{"uri":"u","headline":"Only a headline"}', 'empty.json')).toThrow('empty.json: the ninjs item has no body text');
  });

  it('reads a list of items and splits a plain-text body at blank lines', () => {
    const json = JSON.stringify([
      { uri: 'a', headline: 'One', body_text: 'First para.\n\nSecond\nline.' },
      { uri: 'b', headlines: [{ role: 'main', value: 'Two' }], bodies: [{ role: 'main', contentType: 'text/plain', value: 'Only.' }] },
    ]);
    const articles = parseNinjs(json, 'list.json');
    expect(articles.map((a) => a.headline)).toEqual(['One', 'Two']);
    expect(articles[0]!.paragraphs).toEqual(['First para.', 'Second line.']);
  });
});
