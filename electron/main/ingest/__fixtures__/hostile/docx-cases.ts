import { makeDocx, type DocxExtras } from '../make-docx';
import { articleParagraphs, HOSTILE_HEADLINE } from './article-text';
import { pwn, type HostileCase } from './hostile-case';

/**
 * Word documents with links that run script, parts that point outside the file (a local secret at
 * `secretUrl`, a remote image), an altChunk carrying HTML, and a document.xml with an external entity.
 */

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const relationship = (id: string, type: string, target: string): string => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}" TargetMode="External"/>`;
const run = (text: string): string => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
// A picture linked (not embedded) through a relationship: what Word writes for "Insert > Link to File".
const linkedImage = (rel: string): string =>
  `<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:docPr id="1" name="Picture"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill><a:blip r:link="${rel}"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;

function docx(id: string, extras: DocxExtras): Uint8Array {
  return makeDocx([{ text: HOSTILE_HEADLINE, style: 'Title' }, ...articleParagraphs(id).map((text) => ({ text }))], extras);
}

const docxCase = (id: string, attacks: string, extras: DocxExtras): HostileCase => ({ id, name: `${id}.docx`, content: docx(id, extras), attacks });

export function docxCases(secretUrl: string): HostileCase[] {
  return [
    docxCase('docx-hyperlink-javascript', 'hyperlinks (relationship and field code) whose target is javascript:', {
      relationships: relationship('rIdJs', 'hyperlink', `javascript:${pwn('docx-hyperlink-javascript')}`),
      bodyXml:
        `<w:p><w:hyperlink r:id="rIdJs">${run('Read the statement')}</w:hyperlink></w:p>` +
        `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "javascript:${pwn('docx-hyperlink-javascript')}" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('the timetable')}<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`,
    }),
    docxCase('docx-external-image', 'pictures linked to a local secret file and to a remote address', {
      relationships: relationship('rIdFile', 'image', secretUrl) + relationship('rIdRemote', 'image', 'https://evil.example.net/track.png'),
      bodyXml: linkedImage('rIdFile') + linkedImage('rIdRemote'),
    }),
    docxCase('docx-altchunk-html', 'an altChunk importing an HTML part with script into the document', {
      relationships: `<Relationship Id="rIdChunk" Type="${REL}/aFChunk" Target="chunk.html"/>`,
      bodyXml: '<w:altChunk r:id="rIdChunk"/>',
      parts: [{ name: 'word/chunk.html', content: `<html><body><script>${pwn('docx-altchunk-html')}</script><img src=x onerror="${pwn('docx-altchunk-html')}"></body></html>` }],
    }),
    docxCase('docx-xxe', 'a document.xml whose DOCTYPE reads a local file through an external entity', {
      doctype: `<!DOCTYPE w:document [<!ENTITY secret SYSTEM "${secretUrl}">]>`,
      bodyXml: `<w:p>${run('Secret: &secret;')}</w:p>`,
    }),
  ];
}
