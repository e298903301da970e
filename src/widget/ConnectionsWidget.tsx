import type { ReactElement } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { AuthorizationCallback } from '../components/AuthorizationCallback/AuthorizationCallback';
import {
  ConnectionsProvider,
  type ConnectionsProviderProps,
} from '../components/ConnectionsProvider/ConnectionsProvider';
import { StripeAuthorizationPage } from '../components/StripeAuthorizationPage/StripeAuthorizationPage';
import { AddDataSourcePage } from '../views/AddDataSourcePage';
import { ConnectionsPage } from '../views/ConnectionsPage';
import { IntegrationPage } from '../views/IntegrationPage';
import { WidgetRoutesProvider } from './WidgetRoutesProvider';
import { WidgetLayout } from './WidgetLayout';
import { WidgetRouter } from './WidgetRouter';

export interface ConnectionsWidgetProps extends Omit<ConnectionsProviderProps, 'children'> {
  /**
   * The path the widget lives under when it runs its own router, e.g. `'/admin/connections'`.
   * Inside a host's router it is ignored: the widget lives under the route that renders it
   * (`<Route path="/admin/connections/*" element={<ConnectionsWidget … />} />`).
   * @default '/'
   */
  basename?: string;
}

/**
 * The whole Connections page: the Data Sources table, the Add a Data Source picker, the
 * Stripe authorization page and the page Stripe returns to (`callback`; register its URL
 * with Stripe as the redirect URI). Its routes are relative, so it runs inside a host's
 * router at any path, or standalone in its own.
 */
export function ConnectionsWidget({ basename, ...providerProps }: ConnectionsWidgetProps) {
  return (
    <ConnectionsProvider {...providerProps}>
      <WidgetRouter basename={basename}>
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
