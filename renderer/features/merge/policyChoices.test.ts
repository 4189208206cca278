import { describe, expect, it } from 'vitest';
import type { WireCopy } from '../../../shared/domain/model';
import { policyChoices } from './policyChoices';

const copy = (id: string, outlet: string | null, publishedAt: string | null, published: string | null = null): WireCopy => ({
  id,
  fingerprint: id,
  origin: { source: `${id}.txt`, format: 'text', index: 0 },
  outlet,
  headline: 'H',
  published,
  publishedAt,
  byline: null,
  dateline: null,
  paragraphs: ['x'],
  removed: [],
  importedAt: '2026-01-01T00:00:00Z',
  storyId: 's',
});

describe('policyChoices', () => {
  it('offers newest-wins first, then one base per version, newest first', () => {
    const choices = policyChoices([copy('b', 'Later', '2026-01-02T00:00:00Z'), copy('a', 'Earlier', '2026-01-01T00:00:00Z')]);
    expect(choices).toEqual([
      { value: 'newest', label: 'Newest wins, nothing lost' },
      { value: 'base:b', label: 'Base: Later version' },
      { value: 'base:a', label: 'Base: Earlier version' },
    ]);
  });
  it('tells two copies of one outlet apart by their printed time, and names a missing outlet', () => {
    const labels = policyChoices([copy('a', 'Same', '2026-01-01T00:00:00Z', '1 Jan'), copy('b', 'Same', '2026-01-02T00:00:00Z', '2 Jan'), copy('c', null, null)]).map((c) => c.label);
    expect(labels).toContain('Base: Same (2 Jan) version');
    expect(labels).toContain('Base: Same (1 Jan) version');
    expect(labels).toContain('Base: unknown outlet version');
  });
  it('a single copy can still be merged', () => {
    expect(policyChoices([copy('a', 'Only', null)]).map((c) => c.value)).toEqual(['newest', 'base:a']);
  });
});
