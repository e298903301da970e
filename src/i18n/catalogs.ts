import { en, type Messages } from './en';

/** The locales the widget ships catalogs for. */
export type Locale = 'en' | 'pt-BR' | 'es' | 'fr' | 'de' | 'ja';

/**
 * English is in the main bundle; every other catalog is a chunk of its own, fetched the first
 * time its locale is chosen, so a host's bundle does not grow with the languages it never uses.
 */
const loaders: Record<Exclude<Locale, 'en'>, () => Promise<Messages>> = {
  'pt-BR': () => import('./pt-BR').then((module) => module.ptBR),
  es: () => import('./es').then((module) => module.es),
  fr: () => import('./fr').then((module) => module.fr),
  de: () => import('./de').then((module) => module.de),
  ja: () => import('./ja').then((module) => module.ja),
};

/** Every locale the widget speaks, English first. A literal, so a bundle that never loads a catalog drops the loaders. */
export const locales: readonly Locale[] = ['en', 'pt-BR', 'es', 'fr', 'de', 'ja'];

export function isLocale(value: unknown): value is Locale {
  return locales.includes(value as Locale);
}

const loaded = new Map<Locale, Messages>([['en', en]]);

/** The catalog of `locale` if it is already here (English always is). */
export function loadedCatalog(locale: Locale): Messages | undefined {
  return loaded.get(locale);
}

/** Fetches the catalog of `locale` once; later calls answer the same. */
export async function loadCatalog(locale: Locale): Promise<Messages> {
  const known = loaded.get(locale);
  if (known) return known;
  const messages = await loaders[locale as Exclude<Locale, 'en'>]();
  loaded.set(locale, messages);
  return messages;
}
