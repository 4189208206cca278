import type { EditorThemeClasses } from 'lexical';

/** Class names Lexical puts on the body's elements; editor.css styles them. */
export const EDITOR_THEME: EditorThemeClasses = {
  paragraph: 'draft-body__p',
  heading: { h2: 'draft-body__h2' },
  quote: 'draft-body__quote',
  list: {
    ul: 'draft-body__ul',
    ol: 'draft-body__ol',
    listitem: 'draft-body__li',
    nested: { listitem: 'draft-body__li--nested' },
  },
  link: 'draft-body__link',
  text: { bold: 'draft-body__bold', italic: 'draft-body__italic' },
};
