import { describe, expect, it } from 'vitest';
import { isoFromStated } from './stated-time';

describe('isoFromStated', () => {
  it.each([
    ['2013-07-09T10:37:00Z', '2013-07-09T10:37:00.000Z'],
    ['2019-05-10T16:02:28+02:00', '2019-05-10T14:02:28.000Z'],
    ['2018-11-21T16:25:32-05:00', '2018-11-21T21:25:32.000Z'],
    ['20210516T090004+0200', '2021-05-16T07:00:04.000Z'],
    ['2021-05-16 09:00:04.5Z', '2021-05-16T09:00:04.500Z'],
    ['2021-05-16T09:00+01', '2021-05-16T08:00:00.000Z'],
  ])('converts %s', (stated, iso) => expect(isoFromStated(stated)).toBe(iso));

  it.each(['2021-05-16T09:00:04', '20210516T090004', '2021-05-16', '16.05.2021 09:00', 'yesterday', '', null])(
    'leaves %s unconverted (no zone or not a time)',
    (stated) => expect(isoFromStated(stated)).toBeNull(),
  );

  it('rejects impossible dates', () => expect(isoFromStated('2021-13-45T09:00:00Z')).toBeNull());
});
