import { formatCount } from '../../../src/i18n/formatCount';

describe('formatCount', () => {
  it('groups the digits as each locale writes them', () => {
    expect(formatCount(10_000, 'en')).toBe('10,000');
    expect(formatCount(10_000, 'de')).toBe('10.000');
    expect(formatCount(10_000, 'pt-BR')).toBe('10.000');
    expect(formatCount(1, 'ja')).toBe('1');
  });
});
