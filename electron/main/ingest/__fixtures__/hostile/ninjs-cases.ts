import { articleParagraphs, HOSTILE_HEADLINE } from './article-text';
import { pwn, pwnParent, type HostileCase } from './hostile-case';

/**
 * ninjs JSON trying prototype pollution (JSON.parse makes "__proto__" an own key, which a careless merge or
 * copy then assigns to Object.prototype), nesting deep enough to break recursive code, and a body_html full
 * of script. Polluting keys set `pwned`; the test checks Object.prototype never has it.
 */

export const POLLUTED_KEY = 'copydeskPolluted';

const json = (value: unknown): string => JSON.stringify(value);
const body = (id: string): string => articleParagraphs(id).join('\n\n');
const pollute = { [POLLUTED_KEY]: 'yes', headline: 'polluted', role: 'main' };

// JSON.stringify would drop a "__proto__" key set through an object literal, so these are written as text.
const withProto = (id: string, inner: string): string => `{"__proto__":${json(pollute)},"headline":${json(HOSTILE_HEADLINE)},${inner},"body_text":${json(body(id))}}`;

const DEEP = 100_000;
const nested = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;

export const NINJS_CASES: readonly HostileCase[] = [
  { id: 'ninjs-proto-top', name: 'ninjs-proto-top.json', content: withProto('ninjs-proto-top', '"versioncreated":"2026-11-27T10:00:00Z"'), attacks: 'a top-level __proto__ key' },
  {
    id: 'ninjs-constructor-prototype',
    name: 'ninjs-constructor-prototype.json',
    content: `{"constructor":{"prototype":${json(pollute)}},"headline":${json(HOSTILE_HEADLINE)},"body_text":${json(body('ninjs-constructor-prototype'))},"versioncreated":"2026-11-27T10:00:00Z"}`,
    attacks: 'constructor.prototype at top level',
  },
  {
    id: 'ninjs-proto-nested',
    name: 'ninjs-proto-nested.json',
    content: `{"headlines":[{"__proto__":${json(pollute)},"value":${json(HOSTILE_HEADLINE)}}],"bodies":[{"__proto__":${json(pollute)},"constructor":{"prototype":${json(pollute)}},"contentType":"text/plain","value":${json(body('ninjs-proto-nested'))}}],"infoSources":[{"__proto__":${json(pollute)},"name":"Wire"}],"versionCreated":"2026-11-27T10:00:00Z"}`,
    attacks: '__proto__ and constructor.prototype inside headlines, bodies and infoSources',
  },
  {
    id: 'ninjs-deep-ignored',
    name: 'ninjs-deep-ignored.json',
    content: `{"headline":${json(HOSTILE_HEADLINE)},"body_text":${json(body('ninjs-deep-ignored'))},"versioncreated":"2026-11-27T10:00:00Z","extra":${nested(DEEP)}}`,
    attacks: `arrays nested ${DEEP} deep in a field the reader ignores`,
  },
  {
    id: 'ninjs-deep-read',
    name: 'ninjs-deep-read.json',
    content: `{"headline":${json(HOSTILE_HEADLINE)},"body_text":${json(body('ninjs-deep-read'))},"headlines":${nested(DEEP)},"bodies":[{"value":${nested(DEEP)}}]}`,
    attacks: `arrays nested ${DEEP} deep in fields the reader validates`,
  },
  {
    id: 'ninjs-body-html',
    name: 'ninjs-body-html.json',
    content: json({
      headline: HOSTILE_HEADLINE,
      versioncreated: '2026-11-27T10:00:00Z',
      body_html:
        `<script>${pwn('ninjs-body-html')}</script>` +
        articleParagraphs('ninjs-body-html').map((p) => `<p onmouseover="${pwn('ninjs-body-html')}">${p}</p>`).join('') +
        `<p><a href="javascript:${pwn('ninjs-body-html')}">Statement</a><img src=x onerror="${pwn('ninjs-body-html')}"></p>` +
        `<iframe srcdoc="<script>${pwnParent('ninjs-body-html')}</script>"></iframe><svg onload="${pwn('ninjs-body-html')}"></svg>` +
        `<style>p{background:url(javascript:${pwn('ninjs-body-html')})}</style><noscript><p title="</noscript><img src=x onerror=${pwn('ninjs-body-html')}>"></p></noscript>`,
    }),
    attacks: 'a body_html with script, handlers, javascript: links, a srcdoc frame, SVG, CSS and mXSS',
  },
];
