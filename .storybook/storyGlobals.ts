import type { StoryContext } from '@storybook/react-vite';
import type { Role } from '../src/context/Role';
import type { Theme } from '../src/context/ConnectionsContext';
import type { Locale } from '../src/i18n/catalogs';

/** The toolbar's choices, as every story renders with them. */
export interface ConnectionsGlobals {
  role: Role;
  locale: Locale;
  theme: Theme;
}

/** The toolbar's role, locale and theme for this render. */
export function storyGlobals(context: Pick<StoryContext, 'globals'>): ConnectionsGlobals {
  const { role, locale, theme } = context.globals;
  return { role, locale, theme };
}
