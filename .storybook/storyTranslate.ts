import type { Loader, StoryContext } from '@storybook/react-vite';
import type { Messages } from '../src/i18n/en';
import { loadCatalog, loadedCatalog } from '../src/i18n/catalogs';
import { formatMessage, type Translate } from '../src/i18n/formatMessage';
import { isPseudoLocale, pseudoMessages } from './pseudoLocales';
import { storyGlobals } from './storyGlobals';

/** Fetches the catalog of the story's locale before it renders, so play functions can read it at once. */
export const loadStoryCatalog: Loader = async (context) => {
  const { locale } = storyGlobals(context);
  if (!isPseudoLocale(locale)) await loadCatalog(locale);
};

/** The messages of the story's locale: a shipped catalog (loaded by `loadStoryCatalog`) or a pseudo-locale's. */
export function storyMessages(context: Pick<StoryContext, 'globals'>): Messages {
  const { locale } = storyGlobals(context);
  if (isPseudoLocale(locale)) return pseudoMessages(locale);
  const messages = loadedCatalog(locale);
  if (!messages) throw new Error(`The ${locale} catalog is not loaded: is loadStoryCatalog in .storybook/preview.tsx?`);
  return messages;
}

/**
 * The catalog of the story's locale, for play functions: they look for what the user sees in
 * whichever language the toolbar (or the test project) chose.
 */
export function storyTranslate(context: Pick<StoryContext, 'globals'>): Translate {
  const messages = storyMessages(context);
  return (key, values) => formatMessage(messages, key, values);
}
