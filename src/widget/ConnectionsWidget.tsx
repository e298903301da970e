import type { ReactElement } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { AuthorizationCallback } from '../components/AuthorizationCallback/AuthorizationCallback';
import {
  ConnectionsProvider,
  type ConnectionsProviderProps,
} from '../components/ConnectionsProvider/ConnectionsProvider';
import { StripeAuthorizationPage } from '../components/StripeAuthorizationPage/StripeAuthorizationPage';
import { AddDataSourcePage } from './pages/AddDataSourcePage';
import { ConnectionsPage } from './pages/ConnectionsPage';
import { IntegrationPage } from './pages/IntegrationPage';
import { WidgetErrorBoundary } from './WidgetErrorBoundary';
import { WidgetRoutesProvider } from './WidgetRoutesProvider';
import { WidgetLayout } from './WidgetLayout';
import { WidgetRouter, type WidgetRouting } from './WidgetRouter';

export interface ConnectionsWidgetProps extends Omit<ConnectionsProviderProps, 'children'> {
  /**
   * The path the widget lives under when it runs its own router, e.g. `'/admin/connections'`.
   * Inside a host's router it is ignored: the widget lives under the route that renders it
   * (`<Route path="/admin/connections/*" element={<ConnectionsWidget … />} />`).
   * @default '/'
   */
  basename?: string;
  /**
   * Without a host router: `'browser'` keeps the widget's page in the address bar (links can
   * be shared, Back works); `'memory'` keeps it inside the widget, for a page with several
   * standalone widgets, which cannot all own the address bar. A widget in memory starts at
   * the page's address when it lies under `basename`, so it still completes the provider's
   * answer at its `callback` address. Inside a host's router it is ignored.
   * @default 'browser'
   */
  routing?: WidgetRouting;
}

/**
 * The whole Connections page: the Data Sources table, the Add a Data Source picker, the
 * Stripe authorization page and the page Stripe returns to (`callback`; register its URL
 * with Stripe as the redirect URI). Its routes are relative, so it runs inside a host's
 * router at any path, or standalone in its own. A failure none of its pages handles stays
 * inside it, as an alert with Try again.
 */
export function ConnectionsWidget({ basename, routing = 'browser', ...providerProps }: ConnectionsWidgetProps) {
  return (
    <ConnectionsProvider {...providerProps}>
      <WidgetErrorBoundary>
        <WidgetRouter basename={basename} routing={routing}>
          <Routes>
            <Route element={<WidgetLayout />}>
              <Route index element={page('.', <ConnectionsPage />)} />
              <Route path="add" element={page('..', <AddDataSourcePage />)} />
              <Route path="add/stripe" element={page('..', <StripeAuthorizationPage />)} />
              <Route path="add/:integrationId" element={page('..', <IntegrationPage />)} />
              <Route path="callback" element={page('..', <AuthorizationCallback />)} />
              <Route path="*" element={page('..', <NavigateToIndex />)} />
            </Route>
          </Routes>
        </WidgetRouter>
      </WidgetErrorBoundary>
    </ConnectionsProvider>
  );
}

function page(toIndex: '.' | '..', element: ReactElement) {
  return <WidgetRoutesProvider toIndex={toIndex}>{element}</WidgetRoutesProvider>;
}

/** Anything the widget does not know leads to its index (from a splat route, `..` is the index). */
function NavigateToIndex() {
  return <Navigate to=".." replace />;
}
