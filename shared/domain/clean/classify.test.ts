import { describe, expect, it } from 'vitest';
import { classifyLines } from './classify';
import { isCallToActionRun } from './rules/call-to-action';
import { parseMetaLine } from './rules/metadata-line';

const reasonOf = (page: string, line: string) => classifyLines(page).find((l) => l.text === line)?.chrome;

describe('parseMetaLine', () => {
  it('reads outlet and time glued, separated, or after a caption', () => {
    expect(parseMetaLine('Harbour Times2 hours ago')).toEqual({ outlet: 'Harbour Times', published: '2 hours ago', byline: null });
    expect(parseMetaLine('Reuters · 3h')).toEqual({ outlet: 'Reuters', published: '3h', byline: null });
    expect(parseMetaLine('clock5 mins ago')).toEqual({ outlet: null, published: '5 mins ago', byline: null });
    expect(parseMetaLine('Updated 3 hours ago')).toEqual({ outlet: null, published: '3 hours ago', byline: null });
    expect(parseMetaLine('Posted on 3 May 2026')).toEqual({ outlet: null, published: '3 May 2026', byline: null });
    expect(parseMetaLine('Published: 10:15 AM EST, Thu November 27, 2026')?.published).toBe('Thu November 27, 2026');
  });

  it('reads bylines with a title and with a time, and bulleted names', () => {
    expect(parseMetaLine('By Jane Doe, Political Correspondent')?.byline).toBe('Jane Doe, Political Correspondent');
    expect(parseMetaLine('By Ann Lee · 4h')).toEqual({ outlet: null, published: '4h', byline: 'Ann Lee' });
    expect(parseMetaLine('• Harbour Times')?.outlet).toBe('Harbour Times');
  });

  it('does not read sentences or headlines as metadata', () => {
    expect(parseMetaLine('The council met on 3 May 2026')).toBeNull();
    expect(parseMetaLine('By the end of the year, prices had doubled')).toBeNull();
    expect(parseMetaLine('Ferries cancelled as storm heads for coast')).toBeNull();
  });
});

describe('classifyLines', () => {
  it('takes a bare name for an outlet only above a time line or beside its bulleted copy', () => {
    const lines = classifyLines('Harbour Times\n\nposted4 hours ago\n\nMost Read\nA headline about the budget vote\nCity Wire\n• City Wire');
    expect(lines[0]!.meta?.outlet).toBe('Harbour Times');
    expect(lines.find((l) => l.text === 'Most Read')!.meta).toBeNull();
    expect(lines.find((l) => l.text === 'City Wire')!.meta?.outlet).toBe('City Wire');
  });

  it('names the rule that judged each kind of chrome', () => {
    const page = [
      'Home | World | Sport | Culture',
      'Follow us for more updates',
      'WATCH THE VIDEO',
      'Read more: Ministers clash over rail budget',
      '2. Ferry fares to rise again',
      'Share',
      'Share',
      'logo',
      '© 2031 Some Paper Ltd. All rights reserved.',
      'Ministers clashed over the budget on Monday, officials said.',
    ].join('\n');
    expect(reasonOf(page, 'Home | World | Sport | Culture')).toBe('navigation');
    expect(reasonOf(page, 'Follow us for more updates')).toBe('call-to-action');
    expect(reasonOf(page, 'WATCH THE VIDEO')).toBe('shouting-label');
    expect(reasonOf(page, 'Read more: Ministers clash over rail budget')).toBe('teaser-link');
    expect(reasonOf(page, '2. Ferry fares to rise again')).toBe('teaser-link');
    expect(reasonOf(page, 'Share')).toBe('repeated');
    expect(reasonOf(page, 'logo')).toBe('fragment');
    expect(reasonOf(page, '© 2031 Some Paper Ltd. All rights reserved.')).toBe('legal-notice');
    expect(reasonOf(page, 'Ministers clashed over the budget on Monday, officials said.')).toBeNull();
  });

  it('counts repetitions regardless of quote and space style', () => {
    const lines = classifyLines("‘Rates' rise again\n'Rates’  rise again");
    expect(lines.map((l) => l.repeats)).toEqual([2, 2]);
  });
});

describe('isCallToActionRun', () => {
  const run = (text: string) => classifyLines(text).filter((l) => !l.blank);
  it('flags short blocks in the site voice', () => {
    expect(isCallToActionRun(run('Want more? Get our free app and never miss a story from your area.'))).toBe(true);
    expect(isCallToActionRun(run('We use cookies to improve your visit. By continuing you accept them.'))).toBe(true);
  });

  it('leaves reported copy alone, even with a quoted "you"', () => {
    expect(isCallToActionRun(run("'You will pay for this,' the judge told him. He was jailed for two years."))).toBe(false);
    expect(isCallToActionRun(run('The council said the bridge would reopen in May. Repairs cost £2m.'))).toBe(false);
  });
});
