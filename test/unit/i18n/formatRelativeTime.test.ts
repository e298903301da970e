import { formatRelativeTime } from '../../../src/i18n/formatRelativeTime';

const now = new Date('2026-11-26T05:00:00.000Z');
const before = (milliseconds: number) => new Date(now.getTime() - milliseconds);
const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

describe('formatRelativeTime', () => {
  it.each([
    [0, 'now'],
    [30_000, '30 seconds ago'],
    [5 * minute, '5 minutes ago'],
    [105 * minute, '2 hours ago'],
    [day, 'yesterday'],
    [3 * day, '3 days ago'],
    [14 * day, '2 weeks ago'],
    [65 * day, '2 months ago'],
    [800 * day, '2 years ago'],
  ])('says %d ms ago as "%s", in the largest whole unit (en)', (elapsed, expected) => {
    expect(formatRelativeTime(before(elapsed), now, 'en')).toBe(expected);
  });

  it('speaks the given locale', () => {
    expect(formatRelativeTime(before(2 * hour), now, 'pt-BR')).toBe('há 2 horas');
    expect(formatRelativeTime(before(day), now, 'pt-BR')).toBe('ontem');
  });

  it('says a time ahead of the clock is in the future rather than hiding the skew', () => {
    expect(formatRelativeTime(new Date(now.getTime() + 5 * minute), now, 'en')).toBe('in 5 minutes');
  });
});
