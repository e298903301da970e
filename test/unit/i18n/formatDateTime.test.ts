import { formatDateTime } from '../../../src/i18n/formatDateTime';

describe('formatDateTime', () => {
  // Noon UTC is the same calendar day in every time zone the tests may run in.
  const date = new Date('2026-11-26T12:00:00.000Z');

  it('writes the date in full in the given locale', () => {
    expect(formatDateTime(date, 'en')).toMatch(/^Nov 26, 2026, \d{1,2}:00\s[AP]M$/);
    expect(formatDateTime(date, 'pt-BR')).toMatch(/^26 de nov\. de 2026, \d{2}:00$/);
  });
});
