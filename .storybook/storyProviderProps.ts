import type { StoryContext } from '@storybook/react-vite';
import type { ConnectionsProviderProps } from '../src/components/ConnectionsProvider/ConnectionsProvider';
import { isPseudoLocale } from './pseudoLocales';
import { storyConnections } from './StoryConnections';
import { storyGlobals } from './storyGlobals';
import { storyMessages } from './storyTranslate';

/**
 * What a story's provider (or widget) gets, as a host passes it: the story's in-memory API and
 * cache, the toolbar's role, locale and theme, and for a pseudo-locale its messages, which the
 * provider takes as the host's own complete set.
 */
export function storyProviderProps(
  context: Pick<StoryContext, 'loaded' | 'globals'>,
): Pick<ConnectionsProviderProps, 'api' | 'queryClient' | 'role' | 'locale' | 'messages' | 'theme'> {
  const { api, queryClient } = storyConnections(context);
  const { role, locale, theme } = storyGlobals(context);
  const messages = isPseudoLocale(locale) ? storyMessages(context) : undefined;
  return { api, queryClient, role, locale, messages, theme };
}
