import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { base64, wireStory, withRealServices } from './import-test-support';

// import.files on the real pipeline: every kind of bad input fails alone, naming the file, with nothing of it
// stored; good files in the same batch are imported; text in any supported encoding keeps its typography.

const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
const billionLaughs = `<?xml version="1.0"?><!DOCTYPE nitf [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><nitf><body><body.content><p>&lol2;</p></body.content></body></nitf>`;
const externalEntity = `<?xml version="1.0"?><!DOCTYPE nitf SYSTEM "file:///etc/passwd"><nitf><body><body.content><p>x</p></body.content></body></nitf>`;

describe('import.files with the real pipeline', () => {
  it('imports the good files and fails each bad one alone, naming it, with nothing of it stored', async () => {
    await withRealServices(async (call) => {
      const files = [
        { name: 'good.txt', dataBase64: base64(wireStory('bridge')) },
        { name: 'empty.txt', dataBase64: '' },
        { name: 'binary.txt', dataBase64: base64(new Uint8Array([1, 2, 0, 3, 0, 250, 251, 0, 9, 9])) },
        { name: 'photo.txt', dataBase64: base64(png) },
        { name: 'laughs.xml', dataBase64: base64(billionLaughs) },
        { name: 'xxe.xml', dataBase64: base64(externalEntity) },
        { name: 'broken.xml', dataBase64: base64('<nitf><body><body.content><p>Unclosed') },
        { name: 'broken.json', dataBase64: base64('{"headline": "Half a ninjs file", "body_text": ') },
        { name: 'letter.docx', dataBase64: base64('This is not a Word file at all.') },
        { name: 'menu.html', dataBase64: base64('<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav></body></html>') },
        { name: 'also-good.md', dataBase64: base64(wireStory('library')) },
      ];
      const report = await call('import.files', { files });
      expect(report.imported.map((c) => c.origin.source)).toEqual(['good.txt', 'also-good.md']);
      expect(report.imported.map((c) => c.origin.format)).toEqual(['text', 'markdown']);
      const failed = new Map(report.failed.map((f) => [f.source, f.message]));
      expect([...failed.keys()]).toEqual(files.slice(1, -1).map((f) => f.name));
      for (const [source, message] of failed) expect(message.startsWith(`${source}: `)).toBe(true);
      expect(failed.get('empty.txt')).toMatch(/empty/);
      expect(failed.get('binary.txt')).toMatch(/binary|not text/);
      expect(failed.get('photo.txt')).toMatch(/PNG|image/i);
      expect(failed.get('laughs.xml')).toMatch(/entit/);
      expect(failed.get('xxe.xml')).toMatch(/external/);
      expect(failed.get('broken.json')).toMatch(/JSON/);
      expect(failed.get('letter.docx')).toMatch(/not a Word document/);
      expect(failed.get('menu.html')).toMatch(/no article/);
      const library = await call('library.list');
      expect(library.copies.map((c) => c.origin.source).sort()).toEqual(['also-good.md', 'good.txt']);
    });
  });

  it('refuses a file over the limit with the limit stated, and reports duplicates with the stored copy', async () => {
    await withRealServices(async (call) => {
      await call('settings.update', { maxImportBytes: 2048 });
      const report = await call('import.files', {
        files: [
          { name: 'big.txt', dataBase64: base64('x'.repeat(3 * 1024)) },
          { name: 'story.txt', dataBase64: base64(wireStory('tram')) },
        ],
      });
      expect(report.failed).toEqual([{ source: 'big.txt', message: 'big.txt: 3.0 KB is over the 2.0 KB import limit (Settings)' }]);
      const stored = report.imported[0]!;
      // The same copy with other line breaks and straight quotes is still the same copy.
      const again = wireStory('tram').replace(/[“”]/g, '"').replace(/\n\n/g, '\n\n\n');
      const second = await call('import.files', { files: [{ name: 'story-again.txt', dataBase64: base64(again) }] });
      expect(second.imported).toEqual([]);
      expect(second.duplicates).toEqual([{ source: 'story-again.txt', existingId: stored.id, headline: stored.headline }]);
    });
  });

  it('reads UTF-8 with a BOM, UTF-16 with a BOM and Windows-1252 without mangling quotes and dashes', async () => {
    await withRealServices(async (call) => {
      const text = (topic: string) => wireStory(topic).replace('approved', '‘approved’');
      const report = await call('import.files', {
        files: [
          { name: 'bom.txt', dataBase64: base64(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text('harbour'))])) },
          { name: 'utf16.txt', dataBase64: base64(utf16(text('museum'))) },
          { name: 'cp1252.txt', dataBase64: base64(iconv.encode(`${text('stadium')}\n\nA last line — with an em dash.`, 'windows-1252')) },
        ],
      });
      expect(report.failed).toEqual([]);
      expect(report.imported).toHaveLength(3);
      for (const summary of report.imported) {
        const copy = await call('copies.get', { id: summary.id });
        const body = [copy.headline, ...copy.paragraphs].join('\n');
        expect(body).toContain('“We have listened to residents,”');
        expect(body).toContain(' – though');
        expect(body).not.toMatch(/â€|Ã|\ufffd/);
      }
      const cp1252 = await call('copies.get', { id: report.imported[2]!.id });
      expect(cp1252.paragraphs.join('\n')).toContain('— with an em dash');
    });
  });
});
