import { describe, expect, it } from 'vitest';
import type { StorySummary } from '../../../shared/domain/model';
import { matchStories } from './storySearch';

const story = (id: string, headline: string | null, outlets: string[], newestAt: string): StorySummary => ({
  id,
  headline,
  copyIds: [],
  createdAt: '2026-11-01T00:00:00Z',
  updatedAt: '2026-11-01T00:00:00Z',
  outlets,
  newestAt,
});

const stories = [
  story('s1', 'Police watchdog closes investigation', ['Sky News'], '2026-11-20T10:00:00Z'),
  story('s2', 'Café owners protest rates', ['Le Monde'], '2026-11-25T10:00:00Z'),
  story('s3', 'Facial recognition policy criticised', ['Leader Live', 'North Wales Chronicle'], '2026-11-22T10:00:00Z'),
  story('s4', null, ['Wire'], '2026-11-01T10:00:00Z'),
];

describe('matchStories', () => {
  it('lists every story but the excluded one, newest first, when the query is empty', () => {
    expect(matchStories(stories, '  ', 's2').stories.map((s) => s.id)).toEqual(['s3', 's1', 's4']);
  });

  it('matches word starts in headlines and outlets, ignoring case and accents', () => {
    expect(matchStories(stories, 'pol').stories.map((s) => s.id)).toEqual(['s3', 's1']);
    expect(matchStories(stories, 'cafe').stories.map((s) => s.id)).toEqual(['s2']);
    expect(matchStories(stories, 'north polic').stories.map((s) => s.id)).toEqual(['s3']);
    expect(matchStories(stories, 'lice').stories).toEqual([]);
  });

  it('stops at the budget and tells the full count', () => {
    const result = matchStories(stories, '', null, 2);
    expect(result.stories).toHaveLength(2);
    expect(result.total).toBe(4);
  });
});
