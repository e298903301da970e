import { pluralCategory } from '../../../src/i18n/pluralCategory';

describe('pluralCategory', () => {
  it.each([
    ['en', 1, 'one'],
    ['en', 0, 'other'],
    ['en', 2, 'other'],
    ['en', 1000000, 'other'],
    ['fr', 0, 'one'],
    ['fr', 1, 'one'],
    ['fr', 2, 'other'],
    // French says "many" for millions; catalogs have only .one and .other, so it reads as other.
    ['fr', 1000000, 'other'],
    ['ja', 0, 'other'],
    ['ja', 1, 'other'],
    ['ja', 2, 'other'],
    ['pt-BR', 0, 'one'],
    ['pt-BR', 1, 'one'],
    ['pt-BR', 2, 'other'],
    ['pt-BR', 1000000, 'other'],
    ['es', 1, 'one'],
    ['es', 0, 'other'],
    ['es', 1000000, 'other'],
    ['de', 1, 'one'],
    ['de', 0, 'other'],
  ] as const)('%s %i → %s', (locale, count, category) => {
    expect(pluralCategory(locale, count)).toBe(category);
  });

  it('answers only the forms a catalog has, whatever the count', () => {
    for (const locale of ['en', 'pt-BR', 'es', 'fr', 'de', 'ja']) {
      for (const count of [0, 1, 2, 3, 5, 11, 21, 100, 1000000, 1.5]) {
        expect(['one', 'other']).toContain(pluralCategory(locale, count));
      }
    }
  });
});
