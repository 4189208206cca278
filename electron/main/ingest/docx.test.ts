import { describe, expect, it } from 'vitest';
import { makeDocx } from './__fixtures__/make-docx';
import { makeZip } from './__fixtures__/make-zip';
import { extractDocx } from './docx';
import { zipEntries } from './zip-directory';

describe('extractDocx', () => {
  it('reads a Word document: the Title becomes the headline, headings and paragraphs the body', async () => {
    const bytes = makeDocx([
      { text: 'Storm closes coast road', style: 'Title' },
      { text: 'By Jane Doe' },
      { text: 'The road was shut at dawn & "reopened" later.' },
      { text: 'Clean-up', style: 'Heading1' },
      { text: 'Crews worked through the night.' },
    ]);
    const [article] = await extractDocx(bytes, 'storm.docx');
    expect(article!.headline).toBe('Storm closes coast road');
    expect(article!.paragraphs).toEqual(['By Jane Doe', 'The road was shut at dawn & "reopened" later.', 'Clean-up', 'Crews worked through the night.']);
  });

  it('takes an opening heading as the headline when there is no Title', async () => {
    const [article] = await extractDocx(makeDocx([{ text: 'Heading first', style: 'Heading1' }, { text: 'Body.' }]), 'h.docx');
    expect(article!.headline).toBe('Heading first');
    expect(article!.paragraphs).toEqual(['Body.']);
    const [plain] = await extractDocx(makeDocx([{ text: 'Just text.' }, { text: 'More.' }]), 'p.docx');
    expect(plain!.headline).toBeNull();
  });

  it('refuses a file that is not a zip archive', async () => {
    await expect(extractDocx(new TextEncoder().encode('plain text, not a zip'), 'report.docx')).rejects.toThrow(
      'report.docx: not a Word document (it is not a zip archive)',
    );
  });

  it('refuses a zip archive without word/document.xml', async () => {
    const zip = makeZip([{ name: 'readme.txt', content: 'hello' }]);
    await expect(extractDocx(zip, 'notes.docx')).rejects.toThrow('notes.docx: not a Word document (the zip archive has no word/document.xml)');
  });

  it('refuses an archive that would expand past the budget (zip bomb) before inflating it', async () => {
    const zip = makeZip([{ name: 'word/document.xml', content: '<x/>', declaredSize: 0xfffffff0 }]);
    await expect(extractDocx(zip, 'bomb.docx')).rejects.toThrow(/^bomb\.docx: refused: the Word document would expand to 4294967280 bytes/);
  });

  it('reports a corrupt Word part as unreadable, not as a crash', async () => {
    const zip = makeZip([{ name: 'word/document.xml', content: '<w:document' }]);
    await expect(extractDocx(zip, 'broken.docx')).rejects.toThrow(/^broken\.docx: not a readable Word document \(/);
  });
});

describe('zipEntries', () => {
  it('lists names and sizes, and returns null for truncated or foreign bytes', () => {
    const zip = makeZip([{ name: 'a.txt', content: 'abc' }, { name: 'dir/b.xml', content: '<b/>' }]);
    expect(zipEntries(zip)).toEqual([
      { name: 'a.txt', compressedSize: 3, uncompressedSize: 3 },
      { name: 'dir/b.xml', compressedSize: 4, uncompressedSize: 4 },
    ]);
    expect(zipEntries(zip.subarray(0, zip.length - 30))).toBeNull();
    expect(zipEntries(new Uint8Array(10))).toBeNull();
  });
});
