import { QueryClient } from '@tanstack/react-query';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type ReactNode } from 'react';
import type { ConnectionsApi } from '../../../src/api/ConnectionsApi';
import { createHttpConnectionsApi } from '../../../src/api/createHttpConnectionsApi';
import type { DataSource, DataSourcePage } from '../../../src/api/types';
import type { ConnectionsEvent } from '../../../src/context/ConnectionsEvent';
import { pendingAuthorization } from '../../../src/oauth/pendingAuthorization';
import { createMemoryConnectionsApi } from '../../../src/testing/createMemoryConnectionsApi';
import { ConnectionsWidget, type ConnectionsWidgetProps } from '../../../src/widget/ConnectionsWidget';
import { expectNoAxeViolations } from '../../support/axe';
import { whenEnabled } from '../../support/whenEnabled';
import { mountInto } from './support/hostElement';

/** A host page: its own button next to the widget. */
function HostPage({ children }: { children: ReactNode }) {
  const [clicks, setClicks] = useState(0);
  return (
    <main>
      <button type="button" onClick={() => setClicks((count) => count + 1)}>
        Host button, clicked {clicks} times
      </button>
      {children}
    </main>
  );
}

function renderInHostPage(props: Partial<ConnectionsWidgetProps> & Pick<ConnectionsWidgetProps, 'api'>) {
  const events: ConnectionsEvent[] = [];
  const user = userEvent.setup();
  const result = render(
    <HostPage>
      <ConnectionsWidget role="admin" routing="memory" onEvent={(event) => events.push(event)} {...props} />
    </HostPage>,
  );
  return { ...result, events, user };
}

async function expectHostStillWorks(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Host button, clicked 0 times' }));
  expect(screen.getByRole('button', { name: 'Host button, clicked 1 times' })).toBeInTheDocument();
}

/** Every method throws at once, before any promise: the worst a host's own client can do. */
function createThrowingApi(): ConnectionsApi {
  const boom = () => {
    throw new Error('The host’s client broke.');
  };
  return {
    listIntegrations: boom,
    listDataSources: boom,
    startAuthorization: boom,
    startReauthorization: boom,
    completeAuthorization: boom,
    deleteDataSource: boom,
  };
}

const noRetries = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

afterEach(() => {
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

describe('a failure inside the widget', () => {
  it('from an API client that throws synchronously shows an alert with Try again, and is reported', async () => {
    const { user, events, container } = renderInHostPage({ api: createThrowingApi(), queryClient: noRetries() });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The data sources could not be loaded. Something went wrong.');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(events).toEqual([{ type: 'error', error: new Error('The host’s client broke.') }]);
    await expectHostStillWorks(user);
    await expectNoAxeViolations(container);
  });

  it.each([
    ['/add', 'The integrations could not be loaded.'],
    ['/add/stripe', 'Whether Stripe is available for your account could not be checked.'],
  ])('from an API client that throws synchronously stays an alert at %s', async (path, message) => {
    window.history.replaceState(null, '', path);
    const { user } = renderInHostPage({ api: createThrowingApi(), queryClient: noRetries() });

    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    await expectHostStillWorks(user);
  });

  it('from an API client whose start throws synchronously stays an alert on the Stripe page', async () => {
    window.history.replaceState(null, '', '/add/stripe');
    const api = { ...createMemoryConnectionsApi(), startAuthorization: createThrowingApi().startAuthorization };
    const { user } = renderInHostPage({ api, queryClient: noRetries() });
    await user.click(await whenEnabled(await screen.findByRole('button', { name: 'Connect with Stripe' })));

    expect(await screen.findByRole('alert')).toHaveTextContent('The connection to Stripe could not be started.');
    await expectHostStillWorks(user);
  });

  it('from an API client that throws synchronously leaves a denied authorization told as denied', async () => {
    pendingAuthorization.save('state-1', {
      integrationId: 'stripe',
      startedAt: Date.now(),
      expiresAt: Date.now() + 60_000,
    });
    window.history.replaceState(null, '', '/callback?error=access_denied&state=state-1');
    const { user } = renderInHostPage({ api: createThrowingApi() });

    expect(await screen.findByText('Access was not granted, so no data source was added.')).toBeInTheDocument();
    await expectHostStillWorks(user);
  });

  it('from a malformed answer through the HTTP client shows an alert and reports the invalid response', async () => {
    const fetch = async () =>
      new Response(JSON.stringify({ dataSources: 'none' }), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    const api = createHttpConnectionsApi({ baseUrl: '/api/v1', fetch });
    const { user, events } = renderInHostPage({ api, queryClient: noRetries() });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The data sources could not be loaded. The server sent an answer the widget does not understand.',
    );
    expect(events).toEqual([{ type: 'error', error: expect.objectContaining({ kind: 'invalid_response' }) }]);
    await expectHostStillWorks(user);
  });

  it('from a client of the host returning the wrong shape shows the table’s alert; Try again asks anew', async () => {
    const memory = createMemoryConnectionsApi();
    let answers = 0;
    // A host's own client that hands over the response body instead of the list, once.
    const api: ConnectionsApi = {
      ...memory,
      listDataSources: async (query, options) => {
        const page = await memory.listDataSources(query, options);
        answers += 1;
        return answers === 1 ? ({ page } as unknown as DataSourcePage) : page;
      },
    };
    const { user, events, container } = renderInHostPage({ api, queryClient: noRetries() });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'The data sources could not be loaded. The server sent an answer the widget does not understand.',
    );
    expect(screen.getByRole('heading', { name: 'Connections' })).toBeInTheDocument();
    expect(events).toEqual([{ type: 'error', error: expect.objectContaining({ kind: 'invalid_response' }) }]);
    await expectNoAxeViolations(container);
    await expectHostStillWorks(user);

    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('rowheader', { name: 'MySQL' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(answers).toBe(2);
  });

  it.each([
    ['a timestamp that is no date', { lastConnectionStartedAt: 'not a date' }],
    ['a negative duration', { lastConnectionDurationSeconds: -1 }],
    ['an unknown status', { status: 'connected' }],
  ])('from a client of the host answering %s shows the table’s alert, not a crash', async (_, change) => {
    const memory = createMemoryConnectionsApi();
    const api: ConnectionsApi = {
      ...memory,
      listDataSources: async (query, options) => {
        const page = await memory.listDataSources(query, options);
        const [first, ...rest] = page.dataSources;
        return { ...page, dataSources: [{ ...first, ...change } as DataSource, ...rest] };
      },
    };
    const { events } = renderInHostPage({ api, queryClient: noRetries() });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The data sources could not be loaded. The server sent an answer the widget does not understand.',
    );
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(events).toEqual([{ type: 'error', error: expect.objectContaining({ kind: 'invalid_response' }) }]);
  });

  it('from a render error shows the widget’s alert; Try again mounts the pages afresh and asks anew', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    // React 18 in development rethrows a caught render error through a window error event, which
    // jsdom would print as uncaught; the boundary handles it, so the report is noise here.
    const silence = (event: ErrorEvent) => event.preventDefault();
    window.addEventListener('error', silence);
    onTestFinished(() => window.removeEventListener('error', silence));
    // Intl failing inside a render (the table's relative times) stands for any bug in a page.
    const format = vi.spyOn(Intl.RelativeTimeFormat.prototype, 'format').mockImplementation(() => {
      throw new RangeError('Intl failed.');
    });
    const api = createMemoryConnectionsApi();
    const list = vi.spyOn(api, 'listDataSources');
    const { user, events, container } = renderInHostPage({ api });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The Connections page could not be shown. Something went wrong.');
    expect(screen.queryByRole('heading', { name: 'Connections' })).not.toBeInTheDocument();
    expect(events).toEqual([{ type: 'error', error: expect.any(RangeError) }]);
    await expectNoAxeViolations(container);
    await expectHostStillWorks(user);

    format.mockRestore();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(screen.getByRole('heading', { name: 'Connections' })).toHaveFocus();
    expect(await screen.findByRole('rowheader', { name: 'MySQL' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(list).toHaveBeenCalledTimes(2);
  });

  it('stays inside a page without React, in the widget’s language', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    document.body.innerHTML = '<button type="button">Host button</button><div id="widget"></div>';
    const hostButton = screen.getByRole('button', { name: 'Host button' });
    let hostClicks = 0;
    hostButton.addEventListener('click', () => {
      hostClicks += 1;
    });
    const api: ConnectionsApi = {
      ...createMemoryConnectionsApi(),
      listDataSources: async () => ({}) as DataSourcePage,
    };
    const element = document.getElementById('widget') as HTMLElement;
    const widget = await mountInto(element, { api, role: 'admin', locale: 'pt-BR', queryClient: noRetries() });

    const alert = await within(element).findByRole('alert');
    expect(alert).toHaveTextContent(
      'Não foi possível carregar as fontes de dados. O servidor enviou uma resposta que o widget não entende.',
    );
    expect(within(alert).getByRole('button', { name: 'Tentar novamente' })).toBeInTheDocument();
    await userEvent.setup().click(hostButton);
    expect(hostClicks).toBe(1);

    act(() => widget.unmount());
    document.body.replaceChildren();
  });
});
