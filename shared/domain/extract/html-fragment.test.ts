import { describe, expect, it } from 'vitest';
import { htmlFragmentToParagraphs } from './html-fragment';

const paras = (html: string) => htmlFragmentToParagraphs(html, 'test.json');

describe('htmlFragmentToParagraphs', () => {
  it('splits block elements into paragraphs and keeps inline text together', () => {
    expect(paras('<p>One <a href="x">link</a> and <em>more</em>.</p> <p>Two</p><h2>Head</h2><ul><li>a</li><li>b</li></ul>')).toEqual([
      'One link and more.',
      'Two',
      'Head',
      'a',
      'b',
    ]);
  });

  it('decodes numeric and named references and leaves unknown names as written', () => {
    expect(paras('<p>&#8211; caf&eacute; &amp; &#x201C;bar&#x201D; &nbsp;x &bogus;</p>')).toEqual(['– café & “bar” x &bogus;']);
  });

  it('drops scripts, styles, figures and comments, even with tags inside them', () => {
    const html = '<p>Keep</p><script>if (a < b) { document.write("<p>evil</p>") }</script><style>p{}</style>' +
      '<!-- <p>hidden</p> --><figure><img src="x"><figcaption>Caption</figcaption></figure><svg><g><text>svg</text></g></svg><p>Also</p>';
    expect(paras(html)).toEqual(['Keep', 'Also']);
  });

  it('tolerates unclosed and stray tags, attributes holding ">" and text "<"', () => {
    expect(paras('<p title="a > b">x < y<p>next</div>tail<br>after')).toEqual(['x < y', 'next', 'tail', 'after']);
  });

  it('ends at an unterminated tag as browsers do, and reads hostile runs of "<" without failing', () => {
    expect(paras('<p>kept</p><p title="never closed>lost')).toEqual(['kept']);
    expect(paras('<a "'.repeat(10_000))).toEqual([]);
    expect(paras('<'.repeat(1000) + '<p>after')).toEqual(['<'.repeat(1000), 'after']);
    expect(paras('<p>a<![CDATA[ <b>raw</b> ]]>b</p>')).toEqual(['a <b>raw</b> b']);
  });

  it('refuses a body over the size budget, naming the file', () => {
    expect(() => paras('x'.repeat(10_000_001))).toThrow(/^test\.json: the article body is too large/);
  });
});
