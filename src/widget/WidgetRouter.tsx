import type { ReactNode } from 'react';
import { BrowserRouter, useInRouterContext } from 'react-router';

/**
 * Inside a host's router the widget uses it (its history, its nesting); without one it runs
 * its own browser router under `basename`.
 */
export function WidgetRouter({ basename, children }: { basename: string | undefined; children: ReactNode }) {
  if (useInRouterContext()) return <>{children}</>;
  return <BrowserRouter basename={basename}>{children}</BrowserRouter>;
}
