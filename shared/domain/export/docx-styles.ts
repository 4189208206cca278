import { AlignmentType, LevelFormat, type INumberingOptions, type IParagraphStyleOptions } from 'docx';

/**
 * The Word styles and list definitions of an exported article. Named paragraph styles (not direct formatting) so
 * the receiving desk's template restyles the whole article at once, as sub-editors expect of copy sent on.
 */

/** Styles of our own; the headline and sub-heads use Word's built-in Title and Heading 2. */
export const DOCX_STYLE = { standfirst: 'Standfirst', byline: 'Byline', dateline: 'Dateline', quote: 'Quote', credits: 'Credits' } as const;

const style = (id: string, run: IParagraphStyleOptions['run'], paragraph: IParagraphStyleOptions['paragraph'] = {}): IParagraphStyleOptions => ({
  id,
  name: id,
  basedOn: 'Normal',
  next: 'Normal',
  quickFormat: true,
  run,
  paragraph: { spacing: { after: 120 }, ...paragraph },
});

export const DOCX_PARAGRAPH_STYLES: IParagraphStyleOptions[] = [
  style(DOCX_STYLE.standfirst, { bold: true, size: 26 }),
  style(DOCX_STYLE.byline, { italics: true }, { spacing: { after: 0 } }),
  style(DOCX_STYLE.dateline, { italics: true }),
  style(DOCX_STYLE.quote, { italics: true }, { indent: { left: 720, right: 720 } }),
  style(DOCX_STYLE.credits, { size: 18 }, { spacing: { before: 240 } }),
];

/** List definitions by reference; each list in the article is its own instance, so every numbered list starts at 1. */
export const DOCX_LIST = { bullet: 'bullet-list', number: 'number-list' } as const;

const level = (format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) => ({
  level: 0,
  format,
  text,
  alignment: AlignmentType.LEFT,
  style: { paragraph: { indent: { left: 720, hanging: 360 } } },
});

export const DOCX_NUMBERING: INumberingOptions = {
  config: [
    { reference: DOCX_LIST.bullet, levels: [level(LevelFormat.BULLET, '\u2022')] },
    { reference: DOCX_LIST.number, levels: [level(LevelFormat.DECIMAL, '%1.')] },
  ],
};
