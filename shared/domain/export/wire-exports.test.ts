import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { validateXML } from 'xmllint-wasm';
import { describe, expect, it } from 'vitest';
import { parseNewsmlG2 } from '../extract/newsml-g2';
import { parseNinjs } from '../extract/ninjs';
import { parseNitf } from '../extract/nitf';
import { normalizeText } from '../text/normalize';
import { blockText } from './block-text';
import { hostileInput, seedFixture } from './test-inputs';
import { toNewsml } from './to-newsml';
import { toNinjs } from './to-ninjs';
import { toNinjs1 } from './to-ninjs1';
import { toNitf } from './to-nitf';
import type { ExportInput } from './types';
import { xmlSafe } from './xml-writer';

// The feed formats, each validated against the schema IPTC publishes (beside the repository, read-only).
const fixtures = join(__dirname, '..', '..', '..', '..', 'shared', 'fixtures');
const iptc = (name: string) => readFileSync(join(fixtures, 'iptc', name), 'utf8');

const fixture = seedFixture(readFileSync(join(fixtures, 'seed', 'daily8-met-lfr.txt'), 'utf8'));
const seedVersions = fixture.versions;
const seed = fixture.input();
const hostile = hostileInput(fixture.meta());
const inputs: [string, ExportInput][] = [
  ['the seed merge', seed],
  ['a hostile article', hostile],
  ['an empty article with no sources', { article: { fields: { headline: '', standfirst: '', byline: '', dateline: '' }, blocks: [] }, meta: fixture.meta({ sources: [], credits: false }) }],
];
const seedParagraphs = seed.article.blocks.map(blockText);

const ajv2020 = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv2020);
// ninjs 3.1 refers to GeoJSON for place geometry; offline, a permissive stand-in resolves it (exports carry no places).
ajv2020.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' });
const validNinjs3 = ajv2020.compile(JSON.parse(iptc('ninjs-schema_3.1.json')) as object);
const ajv07 = new Ajv({ strict: false, allErrors: true });
addFormats(ajv07);
const validNinjs1 = ajv07.compile(JSON.parse(iptc('ninjs-schema_1.6.json')) as object);

/** xmllint's schema errors for `xml` (none when valid); `imports` are the files the XSD imports or includes. */
async function xsdErrors(xml: string, schema: string, imports: string[]): Promise<string[]> {
  const result = await validateXML({
    xml: { fileName: 'export.xml', contents: xml },
    schema: { fileName: schema, contents: iptc(join('schemas', schema)) },
    preload: imports.map((name) => ({ fileName: name, contents: iptc(join('schemas', name)) })),
  });
  return result.errors.map((e) => e.rawMessage);
}
const nitfErrors = (xml: string) => xsdErrors(xml, 'nitf-3-6.xsd', ['xml.xsd', 'nitf-3-6-ruby-include.xsd']);
const newsmlErrors = (xml: string) => xsdErrors(xml, 'NewsML-G2_2.35-spec-All-Power.xsd', ['xml.xsd']);

// A field as the XML importers give it back: the characters XML cannot carry gone, then their own whitespace
// and invisible-character normalisation (which also drops the ZWJ of an emoji sequence).
const asReadFromXml = (text: string) => normalizeText(xmlSafe(text));

describe('hostile text', () => {
  const { fields } = hostile.article;
  it.each([
    ['ninjs 3.1', () => parseNinjs(toNinjs(hostile), 'export.json'), (t: string) => t],
    ['ninjs 1.x', () => parseNinjs(toNinjs1(hostile), 'export.json'), (t: string) => t],
    ['NITF', () => parseNitf(toNitf(hostile), 'export.xml'), asReadFromXml],
    ['NewsML-G2', () => parseNewsmlG2(toNewsml(hostile), 'export.xml'), asReadFromXml],
  ])('comes back from %s as the same headline, byline and dateline', (_, readBack, expected) => {
    const [back] = readBack();
    expect([back!.headline, back!.byline, back!.dateline]).toEqual([fields.headline, fields.byline, fields.dateline].map(expected));
  });
});

describe('ninjs 3.1', () => {
  it.each(inputs)('exports %s valid against the 3.1 schema', (_, input) => {
    const item = JSON.parse(toNinjs(input)) as unknown;
    expect(validNinjs3(item) ? [] : validNinjs3.errors).toEqual([]);
  });

  it('the validator rejects an item the schema forbids', () => {
    const item = JSON.parse(toNinjs(seed)) as Record<string, unknown>;
    expect(validNinjs3({ ...item, bodies: 'text' })).toBe(false);
    expect(validNinjs3({ ...item, uri: 'not a uri' })).toBe(false);
  });

  it('names the sources as derivedFrom associations and reads back with the same headline and paragraphs', () => {
    const json = toNinjs(seed);
    const item = JSON.parse(json) as { associations: { rel: string; name: string; uri: string }[]; version: string; uri: string };
    expect(item.associations.map((a) => [a.rel, a.name, a.uri])).toEqual(seedVersions.map((v) => ['derivedFrom', v.outlet, `urn:copydesk:copy:${v.id}`]));
    expect([item.uri, item.version]).toEqual([`urn:copydesk:draft:${seed.meta.id}`, String(seed.meta.revision)]);
    const [back] = parseNinjs(json, 'export.json');
    expect(back!.headline).toBe(seed.article.fields.headline);
    expect(back!.paragraphs).toEqual(seedParagraphs);
  });

  it('keeps only safe source addresses, percent-encoded', () => {
    const item = JSON.parse(toNinjs(hostile)) as { associations: { uri: string }[] };
    expect(item.associations.map((a) => a.uri)).toEqual(['urn:copydesk:copy:c%201', 'https://example.org/a?b=1&c=2']);
    const unicode = { copyId: 'c3', outlet: null, headline: null, publishedAt: null, url: 'https://例え.jp/パス?q="x"' };
    const withUnicode = JSON.parse(toNinjs({ ...seed, meta: { ...seed.meta, sources: [unicode] } })) as { associations: { uri: string }[] };
    expect(withUnicode.associations[0]!.uri).toBe(`https://${encodeURIComponent('例え')}.jp/${encodeURIComponent('パス')}?q=%22x%22`);
    expect(validNinjs3(withUnicode) ? [] : validNinjs3.errors).toEqual([]);
  });
});

describe('ninjs 1.x', () => {
  it.each(inputs)('exports %s valid against the 1.6 schema', (_, input) => {
    const item = JSON.parse(toNinjs1(input)) as unknown;
    expect(validNinjs1(item) ? [] : validNinjs1.errors).toEqual([]);
  });

  it('the validator rejects an item the schema forbids', () => {
    const item = JSON.parse(toNinjs1(seed)) as Record<string, unknown>;
    expect(validNinjs1({ ...item, type: 'article' })).toBe(false);
    expect(validNinjs1({ ...item, associations: { 'bad key!': {} } })).toBe(false);
  });

  it('reads back with the same headline, paragraphs, byline and dateline', () => {
    const [back] = parseNinjs(toNinjs1(seed), 'export.json');
    expect(back!.headline).toBe(seed.article.fields.headline);
    expect(back!.paragraphs).toEqual(seedParagraphs);
    expect([back!.byline, back!.dateline]).toEqual([seed.article.fields.byline || null, seed.article.fields.dateline || null]);
  });
});

describe('NITF 3.6', () => {
  it.each(inputs)('exports %s valid against nitf-3-6.xsd', async (_, input) => {
    expect(await nitfErrors(toNitf(input))).toEqual([]);
  });

  it('the validator rejects a document the schema forbids', async () => {
    expect(await nitfErrors(toNitf(seed).replace('<body.content>', '<body.content><hl1>misplaced</hl1>'))).not.toEqual([]);
  });

  it('reads back with the same headline and paragraphs, the credits in the tagline only when asked', () => {
    const xml = toNitf(seed);
    const [back] = parseNitf(xml, 'export.xml');
    expect(back!.headline).toBe(seed.article.fields.headline);
    expect(back!.paragraphs).toEqual(seedParagraphs);
    expect(xml).toContain(`<tagline>Sources: ${seedVersions.map((v) => v.outlet).join(', ')}</tagline>`);
    expect(toNitf(fixture.input({ credits: false }))).not.toContain('<tagline>');
  });

  it('escapes markup, drops characters XML cannot carry, unsafe links and a malformed language', () => {
    const xml = toNitf(hostile);
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;script&gt;');
    expect([xml.includes('\u0001'), xml.includes('\u0007')]).toEqual([false, false]);
    expect(xml).toContain('🧑‍💻');
    expect(xml).not.toContain('javascript:');
    expect(xml).not.toContain('xml:lang');
    expect(xml).toContain('<a href="https://example.org/?a=1&amp;b=&quot;2&quot;">');
  });
});

describe('NewsML-G2 2.35', () => {
  it.each(inputs)('exports %s valid against NewsML-G2_2.35-spec-All-Power.xsd', async (_, input) => {
    expect(await newsmlErrors(toNewsml(input))).toEqual([]);
  });

  it('the validator rejects a document the schema forbids', async () => {
    expect(await newsmlErrors(toNewsml(seed).replace('<itemClass', '<pubStatus qcode="stat:usable"/><itemClass'))).not.toEqual([]);
  });

  it('links each source as derivedFrom and reads back with the same headline, paragraphs, byline and dateline', () => {
    const xml = toNewsml(seed);
    for (const v of seedVersions) expect(xml).toContain(`<link rel="irel:derivedFrom" residref="urn:copydesk:copy:${v.id}"><title>${v.outlet}</title></link>`);
    expect(toNewsml(hostile)).toContain('<link rel="irel:derivedFrom" residref="urn:copydesk:copy:c2" href="https://example.org/a?b=1&amp;c=2"><title>c2</title></link>');
    const [back] = parseNewsmlG2(xml, 'export.xml');
    expect(back!.headline).toBe(seed.article.fields.headline);
    expect(back!.paragraphs).toEqual(seedParagraphs);
    expect([back!.byline, back!.dateline]).toEqual([seed.article.fields.byline || null, seed.article.fields.dateline || null]);
  });
});
