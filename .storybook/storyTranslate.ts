import type { Loader, StoryContext } from '@storybook/react-vite';
import { loadCatalog, loadedCatalog } from '../src/i18n/catalogs';
import { formatMessage, type Translate } from '../src/i18n/formatMessage';
import { storyGlobals } from './storyGlobals';

/** Fetches the catalog of the story's locale before it renders, so play functions can read it at once. */
export const loadStoryCatalog: Loader = async (context) => {
  await loadCatalog(storyGlobals(context).locale);
};

/**
 * The catalog of the story's locale, for play functions: they look for what the user sees in
 * whichever language the toolbar (or the test project) chose.
 */
export function storyTranslate(context: Pick<StoryContext, 'globals'>): Translate {
  const { locale } = storyGlobals(context);
  const messages = loadedCatalog(locale);
  if (!messages) throw new Error(`The ${locale} catalog is not loaded: is loadStoryCatalog in .storybook/preview.tsx?`);
  return (key, values) => formatMessage(messages, key, values);
}
