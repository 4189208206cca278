import { describe, expect, it } from 'vitest';
import { withoutSiteSuffix } from './site-suffix';

describe('withoutSiteSuffix', () => {
  it.each([
    ["Obama admits US gun laws are his 'biggest frustration' - BBC News", 'BBC News', "Obama admits US gun laws are his 'biggest frustration'"],
    ['Storm closes road | The Telegraph', 'The Telegraph', 'Storm closes road'],
    ['Storm closes road — Telegraph', 'The Telegraph', 'Storm closes road'],
    ['Zimbabwe coup - what happens next', 'The Telegraph', 'Zimbabwe coup - what happens next'],
    ['Zimbabwe coup - what happens next', null, 'Zimbabwe coup - what happens next'],
    ['  Plain headline ', 'BBC', 'Plain headline'],
  ])('%s (site %s)', (title, site, headline) => expect(withoutSiteSuffix(title, site)).toBe(headline));

  it('gives null for a missing or blank title', () => {
    expect(withoutSiteSuffix(null, 'BBC')).toBeNull();
    expect(withoutSiteSuffix('   ', 'BBC')).toBeNull();
  });
});
