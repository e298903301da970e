import { useMemo, type ReactNode } from 'react';
import { useHref, useNavigate, useResolvedPath } from 'react-router';
import { WidgetRoutesContext, type WidgetRoutes } from '../context/WidgetRoutesContext';

export interface WidgetRoutesProviderProps {
  /**
   * How to reach the widget's index from the page's route: `'.'` from the index route, `'..'`
   * from any other. Only a route with a path can resolve it: inside a host's splat route,
   * React Router 7 resolves `.` of a pathless layout route against the whole URL, splat included.
   */
  toIndex: '.' | '..';
  children: ReactNode;
}

/** Works out where the widget's pages are from one page's route, and gives that page the result. */
export function WidgetRoutesProvider({ toIndex, children }: WidgetRoutesProviderProps) {
  const navigate = useNavigate();
  const index = useResolvedPath(toIndex).pathname;
  const callback = under(index, 'callback');
  const callbackHref = useHref(callback);

  const routes = useMemo<WidgetRoutes>(
    () => ({
      index,
      add: under(index, 'add'),
      integration: (integrationId) => under(index, `add/${encodeURIComponent(integrationId)}`),
      callback,
      callbackHref,
      navigate,
    }),
    [index, callback, callbackHref, navigate],
  );
  return <WidgetRoutesContext.Provider value={routes}>{children}</WidgetRoutesContext.Provider>;
}

function under(index: string, path: string): string {
  return `${index.replace(/\/$/, '')}/${path}`;
}
