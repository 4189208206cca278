import { describe, expect, it } from 'vitest';
import { binaryKind } from './binary-signature';
import { extensionOf, rootElementOf, sniffTextReader, supportedExtensionOf } from './sniff';

describe('sniffTextReader', () => {
  it.each([
    ['a.xml', '<?xml version="1.0"?>\n<!-- c --><!DOCTYPE nitf><nitf/>', 'nitf'],
    ['a.xml', '<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"/>', 'newsml-g2'],
    ['a.xml', '<g2:newsItem xmlns:g2="x"/>', 'newsml-g2'],
    ['a.xml', '<html><body/></html>', 'html'],
    ['a.json', '{"anything": 1}', 'ninjs'],
    ['a.HTM', 'no markup at all', 'html'],
    ['a.markdown', '# x', 'markdown'],
    ['a.txt', '\ufeff<!doctype html><p>x', 'html'],
    ['a.txt', '<nitf><body/></nitf>', 'nitf'],
    ['a.txt', '{"headline":"h","body_text":"b"}', 'ninjs'],
    ['a.txt', '{"not": "ninjs"}', 'text'],
    ['a.txt', '<b>bold</b> is how you mark it', 'text'],
    ['README', 'plain', 'text'],
  ])('%s %j → %s', (name, text, reader) => expect(sniffTextReader(name, text)).toBe(reader));

  it('names unsupported types and XML it does not read', () => {
    expect(() => supportedExtensionOf('slides.pptx')).toThrow(/^slides\.pptx: unsupported file type \.pptx/);
    expect(() => sniffTextReader('feed.xml', '<rss/>')).toThrow('feed.xml: unsupported XML (root element <rss>; Copydesk reads NITF and NewsML-G2)');
    expect(() => sniffTextReader('x.xml', 'hello')).toThrow('x.xml: malformed XML (no root element)');
  });

  it('finds extensions and root elements', () => {
    expect(extensionOf('dir.v2/Story.Final.DOCX')).toBe('docx');
    expect(extensionOf('dir.v2/noext')).toBe('');
    expect(rootElementOf('<?xml version="1.0"?><?pi x?><NITF>')).toBe('nitf');
    expect(rootElementOf('text')).toBeNull();
  });
});

describe('binaryKind', () => {
  it('names common binary files and nothing else', () => {
    expect(binaryKind(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1]))).toBe('a PNG image');
    expect(binaryKind(new TextEncoder().encode('%PDF-1.4'))).toBe('a PDF document');
    expect(binaryKind(new TextEncoder().encode('PK\u0003\u0004rest'))).toBe('a zip archive');
    expect(binaryKind(new TextEncoder().encode('Plain text'))).toBeNull();
    expect(binaryKind(new Uint8Array(0))).toBeNull();
  });
});
