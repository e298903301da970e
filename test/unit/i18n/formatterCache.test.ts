import { formatterCache } from '../../../src/i18n/formatterCache';

describe('formatterCache', () => {
  it('builds one formatter per locale and hands the same one back after', () => {
    const create = vi.fn((locale: string) => new Intl.NumberFormat(locale));
    const numberFormat = formatterCache(create);

    const en = numberFormat('en');
    expect(numberFormat('en')).toBe(en);
    expect(numberFormat('pt-BR')).not.toBe(en);
    expect(numberFormat('pt-BR').format(1234.5)).toBe('1.234,5');
    expect(create.mock.calls).toEqual([['en'], ['pt-BR']]);
  });
});
