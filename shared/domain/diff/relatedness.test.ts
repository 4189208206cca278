import { describe, expect, it } from 'vitest';
import { relatedness, wordTriples } from './relatedness';

const judge = (a: string, b: string) => relatedness(wordTriples([a]), wordTriples([b]), 0.2);

const story = 'Ferry fares between Portmere and the Isle of Carrow will rise by six per cent from April, the operator said on Monday, blaming fuel costs and a new harbour levy.';
const other = 'A rare orchid not seen in the county for forty years has been found growing on a disused railway embankment near Dunholm by volunteers clearing brambles.';

describe('relatedness', () => {
  it('counts a trimmed copy as wholly the story', () => {
    const trimmed = story.split(', blaming')[0]!;
    expect(judge(story, `${trimmed} And more words were added by the outlet at the end of it all.`)).toMatchObject({ related: true });
    expect(judge(story, story).similarity).toBe(1);
  });

  it('calls two different stories unrelated', () => {
    const r = judge(story, other);
    expect(r.related).toBe(false);
    expect(r.similarity).toBeLessThan(0.2);
  });

  it('does not judge texts too short to tell', () => {
    expect(judge('Short one.', 'Another short text.').related).toBe(true);
  });
});
