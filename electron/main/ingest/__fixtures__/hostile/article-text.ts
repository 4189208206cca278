/**
 * The honest article each hostile file carries around its payload: long enough for the page readers to accept
 * it as an article, the same story in every case (so the corpus groups into one story the views can open),
 * with one sentence naming the case so no two files are duplicates of each other.
 */

export const HOSTILE_HEADLINE = 'Ferry operator suspends night crossings after engine fire';

const PARAGRAPHS = [
  'PORTSMOUTH (Wire) - The ferry operator suspended all night crossings on Tuesday after a fire broke out in the engine room of one of its vessels shortly after it left harbour, the company said.',
  'None of the 212 passengers or 40 crew were hurt, and the ship returned to its berth under its own power about an hour later, a spokeswoman for the operator said in a statement.',
  'The coastguard said two lifeboats had escorted the vessel back to port as a precaution while the crew put out the fire, which started in an auxiliary generator.',
  'Inspectors from the marine accident branch were expected on board on Wednesday, and the operator said crossings would resume only once the whole fleet had been checked.',
];

/** The article's paragraphs, with a sentence unique to `caseId` in the middle. */
export function articleParagraphs(caseId: string): string[] {
  const marker = `The incident log entry filed under reference ${caseId} was released by the harbour authority on Wednesday morning.`;
  return [...PARAGRAPHS.slice(0, 2), marker, ...PARAGRAPHS.slice(2)];
}

/** The article as plain text: headline, blank line, paragraphs separated by blank lines. */
export const articleText = (caseId: string): string => [HOSTILE_HEADLINE, ...articleParagraphs(caseId)].join('\n\n');
