import { describe, expect, it } from 'vitest';
import { groupArticles } from './group-articles';
import { groupTexts } from './group-texts';
import { createStoryGrouper } from './story-grouper';

const bridge = [
  'Engineers closed the harbour bridge on Monday after routine checks found cracks in two steel supports.',
  'The council said the crossing, used by 14,000 vehicles a day, would stay shut for at least three weeks.',
  'Drivers face a diversion of nine miles through the village, where residents already complain of queues.',
  'A bus shuttle will run every twenty minutes from the park-and-ride site while repairs are carried out.',
].join('\n');
const bridgeEdited = bridge.replace('three weeks', 'a month').replace('Drivers face', 'Motorists face') + '\nLocal traders fear the closure will hit trade before Christmas.';
const bridgeShort = bridge.split('\n').slice(0, 2).join('\n');
const rail = [
  'Rail workers have voted to accept an improved pay offer, ending a dispute that led to six days of strikes.',
  'Members of the drivers union backed the deal by a margin of four to one, with turnout at 71 per cent.',
  'The agreement gives staff a rise this year and a further increase next April, the union said.',
].join('\n');

describe('createStoryGrouper', () => {
  it('finds an edited version and a shortened version, not an unrelated story', () => {
    const grouper = createStoryGrouper();
    expect(grouper.add('a', bridge)).toBeNull();
    expect(grouper.add('b', rail)).toBeNull();
    expect(grouper.add('c', bridgeEdited)).toBe('a');
    expect(grouper.add('d', bridgeShort)).not.toBeNull();
    expect(grouper.size).toBe(4);
  });

  it('inserts texts without matching them, and later texts still find them', () => {
    const rebuilt = createStoryGrouper();
    rebuilt.insert('a', bridge);
    rebuilt.insert('b', bridgeEdited);
    expect(rebuilt.size).toBe(2);
    const fresh = createStoryGrouper();
    fresh.add('a', bridge);
    fresh.add('b', bridgeEdited);
    // The same state as adding one by one: a new version finds the same earlier text.
    const expected = fresh.add('c', bridgeEdited);
    expect(expected).not.toBeNull();
    expect(rebuilt.add('c', bridgeEdited)).toBe(expected);
    expect(rebuilt.add('d', 'An unrelated text about a council budget vote held on Monday evening.')).toBeNull();
  });

  it('forgets removed texts', () => {
    const grouper = createStoryGrouper();
    grouper.add('a', bridge);
    expect(grouper.remove('a')).toBe(true);
    expect(grouper.remove('a')).toBe(false);
    expect(grouper.add('c', bridgeEdited)).toBeNull();
  });

  it('ignores quote style, case and line breaks', () => {
    const grouper = createStoryGrouper();
    grouper.add('a', "The mayor said 'we will rebuild the pier' after the storm damaged it badly on Friday night.");
    expect(grouper.add('b', 'THE MAYOR SAID ‘WE WILL REBUILD THE PIER’\nAFTER THE STORM DAMAGED IT BADLY ON FRIDAY NIGHT.')).toBe('a');
  });

  it('never groups empty texts', () => {
    const grouper = createStoryGrouper();
    grouper.add('a', '');
    expect(grouper.add('b', '')).toBeNull();
  });
});

describe('groupTexts and groupArticles', () => {
  const items = [
    { id: 'x', text: rail },
    { id: 'a', text: bridge },
    { id: 'b', text: bridgeEdited },
  ];

  it('groups in order of first appearance, deterministically', () => {
    expect(groupTexts(items)).toEqual([['x'], ['a', 'b']]);
    expect(groupTexts(items)).toEqual(groupTexts(items));
  });

  it('names stories after their first headline', () => {
    const articles = [
      { id: 'a0', headline: null, paragraphs: bridge.split('\n') },
      { id: 'a1', headline: 'Bridge shut', paragraphs: bridgeEdited.split('\n') },
    ];
    expect(groupArticles(articles)).toEqual([{ id: 's0', headline: 'Bridge shut', articles: ['a0', 'a1'] }]);
  });
});
