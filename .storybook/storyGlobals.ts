import type { StoryContext } from '@storybook/react-vite';
import type { Role } from '../src/context/Role';
import type { Theme } from '../src/context/ConnectionsContext';
import type { Locale } from '../src/i18n/catalogs';
import type { PseudoLocale } from './pseudoLocales';

/** The toolbar's choices, as every story renders with them. */
export interface ConnectionsGlobals {
  role: Role;
  /** A locale the widget ships, or a pseudo-locale made from English for layout checks. */
  locale: Locale | PseudoLocale;
  theme: Theme;
}

/** The toolbar's role, locale and theme for this render. */
export function storyGlobals(context: Pick<StoryContext, 'globals'>): ConnectionsGlobals {
  const { role, locale, theme } = context.globals;
  return { role, locale, theme };
}
