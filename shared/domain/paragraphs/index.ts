/**
 * Paragraph restoration for bodies whose breaks were lost.
 * - restoreParagraphs(paragraphs, siblings): follows a sibling version's breaks, else news-style rules.
 * - needsRestoration: the "one long paragraph of several sentences" test.
 * - newsStyleParagraphs / followSibling: the two layouts, usable on their own.
 */
export * from './restore';
export * from './news-style';
export * from './follow-sibling';
