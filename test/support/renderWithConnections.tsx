import { QueryClient } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { ConnectionsApi } from '../../src/api/ConnectionsApi';
import type { ConnectionsEvent } from '../../src/context/ConnectionsEvent';
import {
  ConnectionsProvider,
  type ConnectionsProviderProps,
} from '../../src/components/ConnectionsProvider/ConnectionsProvider';
import { createMemoryConnectionsApi, type MemoryConnectionsApi } from '../../src/testing/createMemoryConnectionsApi';

export interface RenderWithConnectionsOptions extends Partial<Omit<ConnectionsProviderProps, 'children' | 'api'>> {
  /** Defaults to a fresh in-memory API seeded with the product's table and catalog. */
  api?: ConnectionsApi;
  /** The address the in-memory router starts at. */
  route?: string;
  /** The route pattern the element is mounted at, for components that read params. */
  path?: string;
}

export interface RenderWithConnectionsResult extends RenderResult {
  api: MemoryConnectionsApi | ConnectionsApi;
  user: ReturnType<typeof userEvent.setup>;
  events: ConnectionsEvent[];
  queryClient: QueryClient;
  router: ReturnType<typeof createMemoryRouter>;
}

/** Renders `ui` as a host would: a fresh QueryClient (no retries), a provider, an in-memory router. */
export function renderWithConnections(
  ui: ReactElement,
  options: RenderWithConnectionsOptions = {},
): RenderWithConnectionsResult {
  const { api = createMemoryConnectionsApi(), route = '/', path = '*', role = 'admin', ...providerProps } = options;
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const events: ConnectionsEvent[] = [];
  const router = createMemoryRouter([{ path, element: ui }], { initialEntries: [route] });
  const user = userEvent.setup();
  const result = render(
    <ConnectionsProvider
      api={api}
      role={role}
      queryClient={queryClient}
      onEvent={(event) => events.push(event)}
      {...providerProps}
    >
      <RouterProvider router={router} />
    </ConnectionsProvider>,
  );
  return { ...result, api, user, events, queryClient, router };
}
