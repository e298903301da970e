import { formatDuration } from '../../../src/i18n/formatDuration';

describe('formatDuration', () => {
  it.each([
    [754, '12 min 34 sec'],
    [42, '42 sec'],
    [600, '10 min'],
    [3723, '1 hr 2 min 3 sec'],
    [7200, '2 hr'],
    [0, '0 sec'],
  ])('says %d seconds as %s, leaving out zero parts (en)', (seconds, expected) => {
    expect(formatDuration(seconds, 'en')).toBe(expected);
  });

  it('speaks the given locale', () => {
    expect(formatDuration(754, 'pt-BR')).toBe('12 min 34 s');
    expect(formatDuration(3723, 'pt-BR')).toBe('1 h 2 min 3 s');
  });

  it('rounds fractions of a second and never says a negative duration', () => {
    expect(formatDuration(59.6, 'en')).toBe('1 min');
    expect(formatDuration(-5, 'en')).toBe('0 sec');
  });
});
