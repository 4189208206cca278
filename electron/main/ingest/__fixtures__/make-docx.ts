import { makeZip, type ZipInput } from './make-zip';

/** Test helper: a minimal real .docx (the parts Word itself needs to open it) from styled paragraphs. */
export interface DocxParagraph {
  text: string;
  /** A style id defined below: Title, Heading1, or none for body text. */
  style?: 'Title' | 'Heading1';
}

/** Raw additions for tests of hostile documents: body XML after the paragraphs, relationships, parts, a DOCTYPE. */
export interface DocxExtras {
  bodyXml?: string;
  relationships?: string;
  parts?: ZipInput[];
  doctype?: string;
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function makeDocx(paragraphs: DocxParagraph[], extras: DocxExtras = {}): Uint8Array {
  const body = paragraphs
    .map((p) => `<w:p>${p.style ? `<w:pPr><w:pStyle w:val="${p.style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${escapeXml(p.text)}</w:t></w:r></w:p>`)
    .join('');
  return makeZip([
    {
      name: '[Content_Types].xml',
      content:
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
    },
    {
      name: '_rels/.rels',
      content: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${R}"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    },
    {
      name: 'word/_rels/document.xml.rels',
      content: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${R}"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>${extras.relationships ?? ''}</Relationships>`,
    },
    {
      name: 'word/styles.xml',
      content:
        `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W}">` +
        '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>' +
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>',
    },
    {
      name: 'word/document.xml',
      content: `<?xml version="1.0" encoding="UTF-8"?>${extras.doctype ?? ''}<w:document xmlns:w="${W}" xmlns:r="${DOC_R}"><w:body>${body}${extras.bodyXml ?? ''}</w:body></w:document>`,
    },
    ...(extras.parts ?? []),
  ]);
}
