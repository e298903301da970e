import { isLocale, loadCatalog, loadedCatalog, locales, type Locale } from '../../../src/i18n/catalogs';
import { en, type Messages } from '../../../src/i18n/en';

const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

/** The module as a page that has chosen no locale yet sees it: a fresh copy, English only. */
async function freshCatalogsModule() {
  vi.resetModules();
  const catalogsModule = await import('../../../src/i18n/catalogs');
  // English of the same fresh module graph, for identity checks.
  const { en: freshEn } = await import('../../../src/i18n/en');
  return { ...catalogsModule, en: freshEn };
}

describe('loading', () => {
  it('ships the six locales, English first', () => {
    expect(locales).toEqual(['en', 'pt-BR', 'es', 'fr', 'de', 'ja']);
    for (const locale of locales) expect(isLocale(locale)).toBe(true);
    for (const other of ['pt', 'pt-br', 'EN', 'en-US', '', undefined, null, 1]) expect(isLocale(other)).toBe(false);
  });

  it('has English at once, and every other catalog only once it is loaded', async () => {
    const fresh = await freshCatalogsModule();
    expect(fresh.loadedCatalog('en')).toBe(fresh.en);
    expect(fresh.en).toEqual(en);
    for (const locale of locales.filter((each) => each !== 'en')) {
      expect(fresh.loadedCatalog(locale), locale).toBeUndefined();
      const loading = fresh.loadCatalog(locale);
      const messages = await loading;
      expect(fresh.loadedCatalog(locale), locale).toBe(messages);
    }
  });

  it('answers the same object each time a catalog is loaded', async () => {
    const fresh = await freshCatalogsModule();
    await expect(fresh.loadCatalog('en')).resolves.toBe(fresh.en);
    for (const locale of locales) {
      const first = await fresh.loadCatalog(locale);
      expect(await fresh.loadCatalog(locale), locale).toBe(first);
    }
    // Two loads at once, before the chunk is here, also answer one catalog.
    const again = await freshCatalogsModule();
    const [one, two] = await Promise.all([again.loadCatalog('ja'), again.loadCatalog('ja')]);
    expect(one).toBe(two);
    expect(again.loadedCatalog('ja')).toBe(one);
  });
});

const catalogs = new Map<Locale, Messages>();
for (const locale of locales) catalogs.set(locale, await loadCatalog(locale));

const pluralForms = ['one', 'other'] as const;
/** The keys of a message with plural forms, without the form: `dataSources.resultCount`. */
const pluralStems = (messages: Messages) =>
  [
    ...new Set(
      Object.keys(messages)
        .filter((key) => /\.(one|other|zero|two|few|many)$/.test(key))
        .map((key) => key.replace(/\.\w+$/, '')),
    ),
  ].sort();

it('loaded every catalog, each its own object, English as it is', () => {
  expect([...catalogs.keys()]).toEqual(locales);
  expect(catalogs.get('en')).toBe(en);
  expect(new Set(catalogs.values()).size).toBe(locales.length);
  for (const locale of locales) expect(loadedCatalog(locale), locale).toBe(catalogs.get(locale));
});

describe.each(locales)('the %s catalog', (locale) => {
  const messages = () => catalogs.get(locale) as Messages;

  it('has exactly the keys of en', () => {
    expect(Object.keys(messages()).sort()).toEqual(Object.keys(en).sort());
  });

  it('has no empty or blank message', () => {
    const blank = Object.entries(messages()).filter(
      ([, message]) => typeof message !== 'string' || message.trim() === '',
    );
    expect(blank).toEqual([]);
  });

  it('uses the same placeholders as en in every message', () => {
    const mismatched = Object.entries(en)
      .filter(
        ([key, message]) => placeholders(messages()[key as keyof Messages]).join() !== placeholders(message).join(),
      )
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });

  it('names Stripe only in the Stripe page’s own messages, so a flow of another provider never says Stripe', () => {
    const elsewhere = Object.entries(messages())
      .filter(([key, message]) => /Stripe/.test(message) && !key.startsWith('stripe.'))
      .map(([key]) => key);
    expect(elsewhere).toEqual([]);
  });

  it('has both forms, .one and .other, of every plural message, and no other form', () => {
    const stems = pluralStems(messages());
    expect(stems.length).toBeGreaterThan(0);
    const keys = Object.keys(messages());
    const expected = stems.flatMap((stem) => pluralForms.map((form) => `${stem}.${form}`));
    expect(keys.filter((key) => stems.some((stem) => key.startsWith(`${stem}.`))).sort()).toEqual(expected.sort());
  });
});

describe.each(locales.filter((locale) => locale !== 'en'))('the %s catalog, beside en', (locale) => {
  it('is translated, not a copy of en', async () => {
    const messages = await loadCatalog(locale);
    const same = Object.entries(en).filter(([key, message]) => messages[key as keyof Messages] === message);
    expect(same.length).toBeLessThan(Object.keys(en).length / 2);
  });
});
