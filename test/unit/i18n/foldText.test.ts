import { filterIntegrations } from '../../../src/components/AddDataSourcePicker/filterIntegrations';
import { foldText } from '../../../src/i18n/foldText';
import { catalogIntegrations } from '../../../src/testing/fixtures';

describe('foldText', () => {
  it('takes accents and case off, alike on every machine without a locale', () => {
    expect(foldText('Café Ünïcode ÇA')).toBe('cafe unicode ca');
    expect(foldText('İstanbul DIŞ')).toBe('istanbul dis');
  });

  it("lowers case as the locale's language does when given one", () => {
    expect(foldText('DIŞ', 'tr')).toBe('dıs');
    expect(foldText('DIŞ', 'en')).toBe('dis');
  });
});

describe('filterIntegrations', () => {
  it('finds names whatever the case, accents and surrounding spaces of the query', () => {
    const names = (query: string) => filterIntegrations(catalogIntegrations, query, 'en').map(({ name }) => name);
    expect(names('  pôstgre ')).toEqual(['PostgreSQL']);
    expect(names('GOOGLE')).toEqual(['Google Adwords', 'Google Analytics', 'Google ECommerce']);
  });
});
