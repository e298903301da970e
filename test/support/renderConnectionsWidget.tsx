import { QueryClient } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { createMemoryRouter, RouterProvider, type InitialEntry } from 'react-router';
import type { ConnectionsEvent } from '../../src/context/ConnectionsEvent';
import { createMemoryConnectionsApi, type MemoryConnectionsApi } from '../../src/testing/createMemoryConnectionsApi';
import { ConnectionsWidget, type ConnectionsWidgetProps } from '../../src/widget/ConnectionsWidget';

export interface RenderConnectionsWidgetOptions extends Partial<
  Omit<ConnectionsWidgetProps, 'api' | 'queryClient' | 'onEvent'>
> {
  /** Defaults to a fresh in-memory API seeded with the product's table and catalog. */
  api?: MemoryConnectionsApi;
  /** The host router's entry the test starts at (a path, or a location with its history state). */
  route?: InitialEntry;
  /** The host route that renders the widget. */
  hostPath?: string;
  /** Renders inside React.StrictMode, as a host in development does. */
  strict?: boolean;
}

export interface RenderConnectionsWidgetResult extends RenderResult {
  api: MemoryConnectionsApi;
  user: ReturnType<typeof userEvent.setup>;
  events: ConnectionsEvent[];
  router: ReturnType<typeof createMemoryRouter>;
  /**
   * Renders the host again from scratch at the current history entry (state included), as a
   * reload does: same backend and sessionStorage, but a new API object, so nothing the widget
   * kept in memory per API carries over.
   */
  reload(): RenderConnectionsWidgetResult;
}

/** Renders `ConnectionsWidget` as a host with a memory router would, with a fresh cache and no retries. */
export function renderConnectionsWidget(options: RenderConnectionsWidgetOptions = {}): RenderConnectionsWidgetResult {
  const {
    api = createMemoryConnectionsApi(),
    route = '/',
    hostPath = '/*',
    strict = false,
    role = 'admin',
    ...props
  } = options;
  const events: ConnectionsEvent[] = [];
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const widget = (
    <ConnectionsWidget
      api={api}
      role={role}
      queryClient={queryClient}
      onEvent={(event) => events.push(event)}
      {...props}
    />
  );
  const router = createMemoryRouter([{ path: hostPath, element: widget }], { initialEntries: [route] });
  const tree = <RouterProvider router={router} />;
  const result = render(strict ? <StrictMode>{tree}</StrictMode> : tree);
  return {
    ...result,
    api,
    user: userEvent.setup(),
    events,
    router,
    reload() {
      const { pathname, search, hash, state } = router.state.location;
      result.unmount();
      return renderConnectionsWidget({ ...options, api: { ...api }, route: { pathname, search, hash, state } });
    },
  };
}
