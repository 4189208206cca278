import { articleParagraphs, HOSTILE_HEADLINE } from './article-text';
import { pwn, type HostileCase } from './hostile-case';

/**
 * NITF and NewsML-G2 files abusing XML itself: external entities pointing at a secret file (`secretUrl`, a
 * file:// URL the test creates with a unique marker), parameter entities, an entity-expansion bomb, a DOCTYPE
 * that hides its entities from a naive check, XInclude, and script in CDATA and in inline XHTML.
 */

const nitfBody = (id: string, extra = ''): string => articleParagraphs(id).map((p) => `<p>${p}</p>`).join('') + extra;

const nitf = (id: string, { doctype = '', extra = '' } = {}): string =>
  `<?xml version="1.0" encoding="UTF-8"?>${doctype}<nitf><head><title>${HOSTILE_HEADLINE}</title></head><body><body.head><hedline><hl1>${HOSTILE_HEADLINE}</hl1></hedline></body.head><body.content>${nitfBody(id, extra)}</body.content></body></nitf>`;

const LAUGHS = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('');

export function xmlCases(secretUrl: string): HostileCase[] {
  const xxe = (id: string, doctype: string, attacks: string): HostileCase => ({ id, name: `${id}.xml`, content: nitf(id, { doctype, extra: '<p>Secret: &secret;</p>' }), attacks });
  return [
    xxe('nitf-xxe', `<!DOCTYPE nitf [<!ENTITY secret SYSTEM "${secretUrl}">]>`, 'an external entity reading a local file into the body'),
    xxe('nitf-xxe-parameter', `<!DOCTYPE nitf [<!ENTITY % file SYSTEM "${secretUrl}"><!ENTITY % wrap "<!ENTITY secret '%file;'>">%wrap;]>`, 'parameter entities building an entity from a local file'),
    xxe('nitf-xxe-hidden', `<!DOCTYPE nitf [<!-- ] --><!ENTITY secret SYSTEM "${secretUrl}">]>`, 'an external entity behind a "]" in a comment, to end a naive DOCTYPE match early'),
    { id: 'nitf-doctype-system', name: 'nitf-doctype-system.xml', content: nitf('nitf-doctype-system', { doctype: `<!DOCTYPE nitf SYSTEM "${secretUrl}">` }), attacks: 'an external DTD that is a local file' },
    { id: 'nitf-billion-laughs', name: 'nitf-billion-laughs.xml', content: nitf('nitf-billion-laughs', { doctype: `<!DOCTYPE nitf [<!ENTITY lol0 "lol">${LAUGHS}]>`, extra: '<p>&lol9;</p>' }), attacks: 'an entity-expansion bomb (10^9 "lol"s)' },
    {
      id: 'nitf-laughs-hidden',
      name: 'nitf-laughs-hidden.xml',
      content: nitf('nitf-laughs-hidden', { doctype: `<!DOCTYPE nitf [<!-- ] --><!ENTITY lol0 "lol">${LAUGHS}]>`, extra: '<p>&lol9;</p>' }),
      attacks: 'the bomb behind a "]" in a comment, to end a naive DOCTYPE match before its declarations',
    },
    {
      id: 'nitf-xinclude',
      name: 'nitf-xinclude.xml',
      content: nitf('nitf-xinclude', { extra: `<p><xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="${secretUrl}" parse="text"/></p>` }),
      attacks: 'an XInclude of a local file as text',
    },
    {
      id: 'nitf-cdata-script',
      name: 'nitf-cdata-script.xml',
      content: nitf('nitf-cdata-script', { extra: `<p><![CDATA[<script>${pwn('nitf-cdata-script')}</script><img src=x onerror="${pwn('nitf-cdata-script')}">]]></p>` }),
      attacks: 'script inside CDATA, which is text by definition and must stay text',
      keepsPayloadAsText: true,
    },
    {
      id: 'newsml-xxe',
      name: 'newsml-xxe.xml',
      content: `<?xml version="1.0"?><!DOCTYPE newsItem [<!ENTITY secret SYSTEM "${secretUrl}">]><newsItem xmlns="http://iptc.org/std/nar/2006-10-01/"><contentMeta><headline>${HOSTILE_HEADLINE}</headline></contentMeta><contentSet><inlineData contenttype="text/plain">&secret;\n\n${articleParagraphs('newsml-xxe').join('\n\n')}</inlineData></contentSet></newsItem>`,
      attacks: 'an external entity in a NewsML-G2 item’s plain-text body',
    },
    {
      id: 'newsml-xhtml-script',
      name: 'newsml-xhtml-script.xml',
      content:
        `<?xml version="1.0"?><newsItem xmlns="http://iptc.org/std/nar/2006-10-01/"><contentMeta><headline>${HOSTILE_HEADLINE}</headline></contentMeta><contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body>` +
        `<script>${pwn('newsml-xhtml-script')}</script>${articleParagraphs('newsml-xhtml-script').map((p) => `<p onclick="${pwn('newsml-xhtml-script')}">${p}</p>`).join('')}` +
        `<p><a href="javascript:${pwn('newsml-xhtml-script')}">Statement</a><img src="x" onerror="${pwn('newsml-xhtml-script')}"/></p><iframe srcdoc="&lt;script&gt;${pwn('newsml-xhtml-script')}&lt;/script&gt;"/></body></html></inlineXML></contentSet></newsItem>`,
      attacks: 'script, event handlers, javascript: links and a srcdoc frame in an inline XHTML body',
    },
  ];
}
