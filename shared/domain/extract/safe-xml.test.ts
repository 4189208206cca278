import { describe, expect, it } from 'vitest';
import { parseNewsmlG2 } from './newsml-g2';
import { parseNitf } from './nitf';
import { parseXmlSafely } from './safe-xml';
import { textOf } from './xml-tree';

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<nitf><body><body.content><p>&lol4;</p></body.content></body></nitf>`;

const EXTERNAL_ENTITY = `<?xml version="1.0"?>
<!DOCTYPE nitf SYSTEM "file:///etc/passwd">
<nitf><body><body.content><p>x</p></body.content></body></nitf>`;

describe('parseXmlSafely', () => {
  it('refuses entity declarations (billion laughs) with a message naming the file', () => {
    expect(() => parseNitf(BILLION_LAUGHS, 'laughs.xml')).toThrow(/^laughs\.xml: refused XML that declares entities/);
  });

  it('refuses a DOCTYPE pointing at an external file', () => {
    expect(() => parseNitf(EXTERNAL_ENTITY, 'xxe.xml')).toThrow(/^xxe\.xml: refused XML whose DOCTYPE refers to an external file/);
  });

  it('accepts a bare DOCTYPE, decodes references and drops namespace prefixes', () => {
    const root = parseXmlSafely('<!DOCTYPE nitf><g2:nitf xmlns:g2="urn:x"><g2:p>caf&#233; &amp; &#x2013; &lt;b&gt;</g2:p></g2:nitf>', 'ok.xml');
    expect(root.name).toBe('nitf');
    expect(textOf(root)).toBe('café & – <b>');
  });

  it('reports malformed XML with its line, never crashing', () => {
    expect(() => parseXmlSafely('<nitf>\n<p>open</nitf>', 'broken.xml')).toThrow(/^broken\.xml: malformed XML \(line 2: /);
    expect(() => parseXmlSafely('', 'empty.xml')).toThrow(/^empty\.xml: malformed XML/);
    expect(() => parseXmlSafely('{"a": 1}', 'json.xml')).toThrow(/^json\.xml: malformed XML/);
  });

  it('refuses absurd nesting instead of exhausting the stack', () => {
    const deep = '<a>'.repeat(5000) + '</a>'.repeat(5000);
    expect(() => parseXmlSafely(deep, 'deep.xml')).toThrow(/^deep\.xml: malformed XML/);
  });

  it('names the root it found when the format is wrong', () => {
    expect(() => parseNitf('<rss><channel/></rss>', 'feed.xml')).toThrow('feed.xml: not an NITF document (its root element is <rss>, expected <nitf>)');
    expect(() => parseNewsmlG2('<nitf/>', 'n.xml')).toThrow(/^n\.xml: not a NewsML-G2 document/);
    expect(() => parseNewsmlG2('<newsMessage><itemSet/></newsMessage>', 'm.xml')).toThrow('m.xml: the NewsML-G2 document has no text item with a body (0 item(s) read)');
  });

  it('reads plain-text inlineData bodies paragraph by paragraph', () => {
    const xml = '<newsItem><contentMeta><headline>H</headline></contentMeta><contentSet><inlineData contenttype="text/plain">One.\n\nTwo\ncontinued.</inlineData></contentSet></newsItem>';
    expect(parseNewsmlG2(xml, 'plain.xml')[0]!.paragraphs).toEqual(['One.', 'Two continued.']);
  });
});
