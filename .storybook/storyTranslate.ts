import type { StoryContext } from '@storybook/react-vite';
import { catalogs } from '../src/i18n/catalogs';
import { formatMessage, type Translate } from '../src/i18n/formatMessage';
import { storyGlobals } from './storyGlobals';

/**
 * The catalog of the story's locale, for play functions: they look for what the user sees in
 * whichever language the toolbar (or the test project) chose.
 */
export function storyTranslate(context: Pick<StoryContext, 'globals'>): Translate {
  const messages = catalogs[storyGlobals(context).locale];
  return (key, values) => formatMessage(messages, key, values);
}
