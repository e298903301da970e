import { createContext, useContext } from 'react';
import type { NavigateFunction } from 'react-router';

/**
 * Where the widget's pages live in the router, resolved against the path the host mounted it
 * at, so pages link to each other without knowing it. Only `ConnectionsWidget` provides it; a
 * component used alone gets `undefined` and takes its links from props.
 */
export interface WidgetRoutes {
  /** The Connections page. */
  index: string;
  /** The Add a Data Source picker. */
  add: string;
  /** The page that connects one integration, e.g. `integration('stripe')`. */
  integration: (integrationId: string) => string;
  /** The page the provider returns to. */
  callback: string;
  /** The callback as an href (router basename included); the redirect URI is its absolute form. */
  callbackHref: string;
  /** The widget's router, for pages that navigate outside a click on a link. */
  navigate: NavigateFunction;
}

export const WidgetRoutesContext = createContext<WidgetRoutes | undefined>(undefined);
WidgetRoutesContext.displayName = 'WidgetRoutesContext';

/** The widget's routes, or `undefined` for a component used outside `ConnectionsWidget`. */
export function useWidgetRoutes(): WidgetRoutes | undefined {
  return useContext(WidgetRoutesContext);
}
