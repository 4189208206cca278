import { ConcreteHyperlink, Document, HeadingLevel, Packer, Paragraph, TextRun, type IParagraphOptions, type ParagraphChild } from 'docx';
import type { DraftBlock, DraftRun } from '../draft';
import { groupBlocks } from './block-groups';
import { creditsLine } from './credits';
import { coreProperties } from './docx-core-properties';
import { DOCX_LIST, DOCX_NUMBERING, DOCX_PARAGRAPH_STYLES, DOCX_STYLE } from './docx-styles';
import { headerFields } from './header-fields';
import { languageTag } from './item-uris';
import { safeHref } from './safe-href';
import type { ExportInput } from './types';
import { xmlSafe } from './xml-writer';
import { dosDateTime, pinZipTimes } from './zip-times';

const HYPERLINK_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';

/** The links of one document, numbered in reading order: docx's own hyperlinks take random ids, which would make the same article pack differently twice. */
type Links = { id: string; href: string }[];

/** One run as Word runs: a line break inside it starts a new line (w:br), the formatting carried to each piece. */
function textRuns(run: DraftRun): TextRun[] {
  return xmlSafe(run.text)
    .split('\n')
    .map((text, line) => new TextRun({ text, bold: run.bold || undefined, italics: run.italic || undefined, break: line > 0 ? 1 : undefined }));
}

function inline(block: DraftBlock, links: Links): ParagraphChild[] {
  return block.runs.flatMap((run): ParagraphChild[] => {
    const href = safeHref(run.link);
    if (!href) return textRuns(run);
    const id = `link${links.length + 1}`;
    links.push({ id, href });
    // A hyperlink with a relationship id of our own (added to the document below); docx types only its random-id
    // ExternalHyperlink as paragraph content, though the paragraph writes any XML component it is given.
    return [new ConcreteHyperlink(textRuns(run), id) as unknown as ParagraphChild];
  });
}

function blockOptions(block: DraftBlock): IParagraphOptions {
  if (block.kind === 'heading') return { heading: HeadingLevel.HEADING_2 };
  if (block.kind === 'quote') return { style: DOCX_STYLE.quote };
  return {};
}

function bodyParagraphs(blocks: readonly DraftBlock[], links: Links): Paragraph[] {
  let lists = 0;
  return groupBlocks(blocks).flatMap((group) => {
    if (group.kind === 'block') return [new Paragraph({ ...blockOptions(group.block), children: inline(group.block, links) })];
    const numbering = { reference: group.ordered ? DOCX_LIST.number : DOCX_LIST.bullet, level: 0, instance: lists++ };
    return group.items.map((item) => new Paragraph({ numbering, children: inline(item, links) }));
  });
}

const plain = (text: string, options: IParagraphOptions): Paragraph => new Paragraph({ ...options, children: [new TextRun(xmlSafe(text))] });

/**
 * A Word document (.docx) made with the docx library: the headline in Word's Title style, standfirst, byline and
 * dateline in styles of their own, sub-heads as Heading 2, quotes in a Quote style, real bulleted and numbered
 * lists (each numbered list from 1), bold and italic runs, http(s)/mailto links (others dropped to their words),
 * the credits line when meta.credits, and core properties (title, creator "Copydesk", language, created and
 * modified at meta.exportedAt). Deterministic: link ids are numbered and every zip entry and date is the export
 * time, so the same input gives the same bytes. Characters XML cannot carry are left out.
 */
export async function toDocx({ article, meta }: ExportInput): Promise<Uint8Array> {
  const { headline, standfirst, byline, dateline } = headerFields(article.fields);
  const links: Links = [];
  const credits = creditsLine(meta);
  const language = languageTag(meta);
  const children = [
    ...(headline === undefined ? [] : [plain(headline, { heading: HeadingLevel.TITLE })]),
    ...(standfirst === undefined ? [] : [plain(standfirst, { style: DOCX_STYLE.standfirst })]),
    ...(byline === undefined ? [] : [plain(byline, { style: DOCX_STYLE.byline })]),
    ...(dateline === undefined ? [] : [plain(dateline, { style: DOCX_STYLE.dateline })]),
    ...bodyParagraphs(article.blocks, links),
    ...(credits ? [plain(credits, { style: DOCX_STYLE.credits })] : []),
  ];
  // Title, creator and dates go in the core properties written below, not through the library's clock-stamped ones.
  const document = new Document({
    styles: { default: language ? { document: { run: { language: { value: language } } } } : {}, paragraphStyles: DOCX_PARAGRAPH_STYLES },
    numbering: DOCX_NUMBERING,
    sections: [{ children }],
  });
  for (const { id, href } of links) document.Document.Relationships.addRelationship(id, HYPERLINK_RELATIONSHIP, xmlSafe(href), 'External');
  const bytes = await Packer.pack(document, 'uint8array', false, [{ path: 'docProps/core.xml', data: coreProperties(headline ?? '', meta) }]);
  pinZipTimes(bytes, dosDateTime(meta.exportedAt));
  return bytes;
}
