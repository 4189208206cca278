import { articleParagraphs, HOSTILE_HEADLINE } from './article-text';
import { pwn, type HostileCase } from './hostile-case';

/**
 * Markdown with raw HTML and script links, and plain text that looks like HTML. Both formats are the copy's
 * own words: raw HTML stays as the characters the writer typed (shown as text, never parsed), links go to
 * their words.
 */

function markdown(id: string): string {
  const [first, second, ...rest] = articleParagraphs(id);
  return [
    `# ${HOSTILE_HEADLINE}`,
    first,
    `${second} [Read the statement](javascript:${pwn(id)}) or [the log](data:text/html,<script>${pwn(id)}</script>).`,
    `<script>${pwn(id)}</script>`,
    `<img src="x" onerror="${pwn(id)}">`,
    `Reference-style: [the timetable][t] and an autolink <javascript:${pwn(id)}>.`,
    `[t]: javascript:${pwn(id)}`,
    ...rest,
  ].join('\n\n');
}

function htmlLookingText(id: string): string {
  const [first, second, ...rest] = articleParagraphs(id);
  return [
    HOSTILE_HEADLINE,
    first,
    `${second} The message read <script>${pwn(id)}</script> and <img src=x onerror="${pwn(id)}">.`,
    `<a href="javascript:${pwn(id)}">not a link in plain text</a>`,
    ...rest,
  ].join('\n\n');
}

export const TEXT_CASES: readonly HostileCase[] = [
  { id: 'markdown-raw-html', name: 'markdown-raw-html.md', content: markdown('markdown-raw-html'), attacks: 'Markdown with raw <script>/<img onerror> blocks and javascript:/data: links', keepsPayloadAsText: true },
  { id: 'text-looks-like-html', name: 'text-looks-like-html.txt', content: htmlLookingText('text-looks-like-html'), attacks: 'plain text holding tags and a javascript: anchor, which must stay text', keepsPayloadAsText: true },
];

/** Pasted rather than imported from a file: a whole HTML page, and an HTML fragment (which pastes as text). */
export const PASTED_CASES: readonly HostileCase[] = [
  {
    id: 'pasted-fragment',
    name: 'clipboard',
    content: `${HOSTILE_HEADLINE}\n\n<p>${articleParagraphs('pasted-fragment').join('</p>\n\n<p>')}</p>\n\n<img src=x onerror="${pwn('pasted-fragment')}"><script>${pwn('pasted-fragment')}</script>`,
    attacks: 'an HTML fragment pasted as text: its tags must stay characters, never be parsed',
    keepsPayloadAsText: true,
  },
];
