import { describe, expect, it } from 'vitest';
import { supersededBy } from './superseded';

describe('supersededBy', () => {
  it('takes an awaiting-response line as superseded by whatever replaced it', () => {
    expect(supersededBy('The council has been approached for comment.', ['A spokesman said the plans were final.'])).toBe(true);
    expect(supersededBy('The firm declined to comment.', ['Its chief executive later said sorry.'])).toBe(true);
  });

  it('takes a rewrite keeping most content words as superseded, and an unrelated neighbour as not', () => {
    expect(supersededBy('Flooding closed the coastal road near Penmor on Friday.', ['The coastal road near Penmor was closed by flooding.', 'It reopened on Saturday.'])).toBe(true);
    expect(supersededBy('The museum opens at ten every weekday.', ['Tickets cost four pounds for adults.'])).toBe(false);
    expect(supersededBy('The council has been contacted for comment.', [])).toBe(false);
  });
});
