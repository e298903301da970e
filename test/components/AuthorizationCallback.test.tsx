import { render, screen, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { ConnectionsApiError } from '../../src/api/ConnectionsApiError';
import type { DataSource } from '../../src/api/types';
import { AuthorizationCallback } from '../../src/components/AuthorizationCallback/AuthorizationCallback';
import { ConnectionsProvider } from '../../src/components/ConnectionsProvider/ConnectionsProvider';
import type { ConnectionsEvent } from '../../src/context/ConnectionsEvent';
import { pendingAuthorization } from '../../src/oauth/pendingAuthorization';
import { createMemoryConnectionsApi, type MemoryConnectionsApi } from '../../src/testing/createMemoryConnectionsApi';
import { productDataSources } from '../../src/testing/fixtures';
import { ConnectionsWidget } from '../../src/widget/ConnectionsWidget';
import { expectNoAxeViolations } from '../support/axe';
import { renderConnectionsWidget, type RenderConnectionsWidgetOptions } from '../support/renderConnectionsWidget';
import { startAuthorizationFlow } from '../../src/testing/startAuthorizationFlow';

const failedHeading = { level: 2, name: 'The connection was not completed' } as const;

/** The callback page of the widget, as the browser reaches it coming back from the provider. */
function renderCallback(search: string, options: RenderConnectionsWidgetOptions & { api: MemoryConnectionsApi }) {
  const complete = vi.spyOn(options.api, 'completeAuthorization');
  return { ...renderConnectionsWidget({ route: `/callback${search}`, ...options }), complete };
}

async function expectFailure(message: string) {
  const heading = await screen.findByRole('heading', failedHeading);
  expect(screen.getByRole('alert')).toHaveTextContent(message);
  await waitFor(() => expect(heading).toHaveFocus());
  expect(screen.getByRole('link', { name: 'Back to Connections' })).toHaveAttribute('href', '/');
}

describe('AuthorizationCallback', () => {
  it('completes the authorization and shows the Connections page with the banner, without the parameters', async () => {
    const api = createMemoryConnectionsApi();
    const { state, search } = await startAuthorizationFlow(api);
    const { router, events, complete } = renderCallback(search, { api });

    expect(await screen.findByText('Connection successful!')).toBeInTheDocument();
    expect(screen.getByText('Stripe was added to your data sources.')).toBeInTheDocument();
    expect(router.state.location).toMatchObject({ pathname: '/', search: '' });
    expect(router.state.historyAction).toBe('REPLACE');
    expect(complete).toHaveBeenCalledExactlyOnceWith({ state, code: expect.stringMatching(/^ac_/) });
    expect(pendingAuthorization.read(state)).toBeUndefined();
    expect(pendingAuthorization.wasCompleted(state)).toBe(true);
    expect(api.snapshot().filter((source) => source.integrationId === 'stripe')).toHaveLength(1);
    expect(await screen.findByRole('rowheader', { name: 'Stripe' })).toBeInTheDocument();
    expect(events).toContainEqual({
      type: 'authorization_completed',
      dataSource: expect.objectContaining({ name: 'Stripe' }),
      reauthorized: false,
    });
  });

  it('calls the API exactly once under StrictMode', async () => {
    const api = createMemoryConnectionsApi();
    const { search } = await startAuthorizationFlow(api);
    const { complete, events } = renderCallback(search, { api, strict: true });

    expect(await screen.findByText('Connection successful!')).toBeInTheDocument();
    expect(complete).toHaveBeenCalledTimes(1);
    expect(events.filter((event) => event.type === 'authorization_completed')).toHaveLength(1);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('a host re-rendering with new props while the backend answers completes once and tells its latest onEvent', async () => {
    const api = createMemoryConnectionsApi();
    const { search } = await startAuthorizationFlow(api);
    let answer = () => {};
    const held = new Promise<void>((resolve) => (answer = resolve));
    const completeForReal = api.completeAuthorization.bind(api);
    const complete = vi.spyOn(api, 'completeAuthorization').mockImplementation(async (...args) => {
      await held;
      return completeForReal(...args);
    });
    const firstEvents: ConnectionsEvent[] = [];
    const latestEvents: ConnectionsEvent[] = [];
    // A host that builds its props inline: a new `connectionsTo` object and a new callback each render.
    const host = (events: ConnectionsEvent[]): ReactElement => (
      <ConnectionsProvider api={api} role="admin" onEvent={(event) => events.push(event)}>
        <MemoryRouter initialEntries={[`/admin/callback${search}`]}>
          <Routes>
            <Route path="/admin/callback" element={<AuthorizationCallback connectionsTo={{ pathname: '/admin' }} />} />
            <Route path="/admin" element={<p>The host's Connections page</p>} />
          </Routes>
        </MemoryRouter>
      </ConnectionsProvider>
    );
    const { rerender } = render(host(firstEvents));
    await waitFor(() => expect(complete).toHaveBeenCalledTimes(1));

    rerender(host(latestEvents));
    rerender(host(latestEvents));
    answer();

    expect(await screen.findByText("The host's Connections page")).toBeInTheDocument();
    expect(complete).toHaveBeenCalledTimes(1);
    expect(firstEvents).toEqual([]);
    expect(latestEvents).toEqual([expect.objectContaining({ type: 'authorization_completed', reauthorized: false })]);
  });

  it('goes quietly to the Connections page when the callback is reloaded after success', async () => {
    const api = createMemoryConnectionsApi();
    const { search } = await startAuthorizationFlow(api);
    const first = renderCallback(search, { api });
    await screen.findByText('Connection successful!');
    first.unmount();
    first.complete.mockClear();
    const sourcesAfterSuccess = api.snapshot();

    const { router, complete, events } = renderCallback(search, { api });

    await waitFor(() => expect(router.state.location).toMatchObject({ pathname: '/', search: '' }));
    expect(await screen.findByRole('table', { name: 'Data Sources' })).toBeInTheDocument();
    expect(complete).not.toHaveBeenCalled();
    expect(screen.queryByText('Connection successful!')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(events).toEqual([]);
    expect(api.snapshot()).toEqual(sourcesAfterSuccess);
  });

  it('tells the backend when access was denied, and says so', async () => {
    const api = createMemoryConnectionsApi();
    const { state } = await startAuthorizationFlow(api);
    const search = `?error=access_denied&error_description=The+user+denied+your+request&state=${state}`;
    const { complete, events, container } = renderCallback(search, { api });

    await expectFailure('Access was not granted, so no data source was added.');
    expect(complete).toHaveBeenCalledExactlyOnceWith({
      state,
      error: 'access_denied',
      errorDescription: 'The user denied your request',
    });
    expect(screen.getByRole('link', { name: 'Start again' })).toHaveAttribute('href', '/add/stripe');
    expect(events).toContainEqual({
      type: 'authorization_denied',
      integrationId: 'stripe',
      description: 'The user denied your request',
    });
    expect(pendingAuthorization.read(state)).toBeUndefined();
    expect(api.snapshot()).toEqual(productDataSources);
    await expectNoAxeViolations(container);
  });

  it('ignores an answer whose state this browser never started, without asking the backend', async () => {
    const api = createMemoryConnectionsApi();
    const { complete, events, container } = renderCallback('?code=ac_forged&scope=read_only&state=forged', { api });

    await expectFailure('This authorization answer does not match a connection started in this browser');
    expect(complete).not.toHaveBeenCalled();
    expect(events).toContainEqual({
      type: 'authorization_failed',
      error: expect.objectContaining({ reason: 'tampered' }),
    });
    expect(api.snapshot()).toEqual(productDataSources);
    await expectNoAxeViolations(container);
  });

  it('leaves expiry to the backend: a browser clock running fifteen minutes fast still connects', async () => {
    const serverNow = Date.now();
    const api = createMemoryConnectionsApi({ now: () => new Date(serverNow) });
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(serverNow + 15 * 60 * 1000);
      const { search } = await startAuthorizationFlow(api);
      const { complete } = renderCallback(search, { api });

      expect(await screen.findByText('Connection successful!')).toBeInTheDocument();
      expect(complete).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('calls an answer expired when the backend says the state expired', async () => {
    let now = Date.now();
    const api = createMemoryConnectionsApi({ now: () => new Date(now) });
    const { search } = await startAuthorizationFlow(api, { expiresAt: Date.now() + 3_600_000 });
    now += 11 * 60 * 1000;
    renderCallback(search, { api });

    await expectFailure('The authorization took too long and expired.');
    expect(api.snapshot()).toEqual(productDataSources);
  });

  it('says an answer was already used when the backend says so (used up in another tab), after checking the list', async () => {
    const api = createMemoryConnectionsApi();
    const { state, search } = await startAuthorizationFlow(api);
    // Another tab used the state up with another answer.
    await api.completeAuthorization({ state, code: 'ac_other' }).catch(() => undefined);
    const list = vi.spyOn(api, 'listDataSources');

    const { events } = renderCallback(search, { api });

    await expectFailure(
      'This authorization was already used, perhaps in another tab, where the connection may have been completed. Check your data sources before starting again.',
    );
    expect(screen.getByRole('alert')).not.toHaveTextContent('No data source was added');
    expect(list).toHaveBeenCalledTimes(1);
    expect(events).toContainEqual({
      type: 'authorization_failed',
      error: expect.objectContaining({ code: 'state_used' }),
    });
    expect(api.snapshot()).toEqual(productDataSources);
  });

  it('names the source when the list shows the authorization connected it elsewhere', async () => {
    const api = createMemoryConnectionsApi();
    const { state, search } = await startAuthorizationFlow(api);
    // Another tab completed the state with its answer; this one arrives with a different code.
    await api.completeAuthorization({ state, code: new URLSearchParams(search).get('code') ?? '' });
    const sources = api.snapshot();

    renderCallback(search.replace(/code=[^&]+/, 'code=ac_lost'), { api });

    await expectFailure(
      'This authorization was already used, perhaps in another tab, and Stripe is connected in your data sources: the connection was probably completed there.',
    );
    expect(api.snapshot()).toEqual(sources);
  });

  it('says the grant was wider than read-only, was revoked, and nothing was connected', async () => {
    const api = createMemoryConnectionsApi();
    const { state, search } = await startAuthorizationFlow(api);
    api.setFailure(
      'completeAuthorization',
      new ConnectionsApiError('bad_request', 'read_write granted', { status: 400, code: 'scope_not_allowed' }),
    );
    const { container } = renderCallback(search, { api });

    await expectFailure(
      'The account granted more than read-only access, so the connection was refused and that access was revoked. No data source was added.',
    );
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Start again' })).toHaveAttribute('href', '/add/stripe');
    expect(pendingAuthorization.read(state)).toBeUndefined();
    expect(api.snapshot()).toEqual(productDataSources);
    await expectNoAxeViolations(container);
  });

  it('treats a state the backend does not know as tampered', async () => {
    const api = createMemoryConnectionsApi();
    pendingAuthorization.save('not-the-backends', {
      integrationId: 'stripe',
      startedAt: Date.now(),
      expiresAt: Date.now() + 60_000,
    });
    const { complete } = renderCallback('?code=ac_1&state=not-the-backends', { api });

    await expectFailure('does not match a connection started in this browser');
    expect(complete).toHaveBeenCalledTimes(1);
  });

  it('says the code was refused when the backend answers code_invalid', async () => {
    const api = createMemoryConnectionsApi();
    const { search } = await startAuthorizationFlow(api);
    const tampered = search.replace(/code=[^&]+/, 'code=ac_wrong');
    renderCallback(tampered, { api });

    await expectFailure('The authorization code was refused: it expired or was already used.');
    expect(api.snapshot()).toEqual(productDataSources);
  });

  it.each(['', '?state=abc', '?code=ac_1&scope=read_only', '?error=access_denied'])(
    'calls the answer %j incomplete, without asking the backend',
    async (search) => {
      const api = createMemoryConnectionsApi();
      const { complete } = renderCallback(search, { api });

      await expectFailure('The answer that came back is incomplete, so no data source was added.');
      expect(complete).not.toHaveBeenCalled();
    },
  );

  it('tells the backend of another provider error and says the authorization failed', async () => {
    const api = createMemoryConnectionsApi();
    const { state } = await startAuthorizationFlow(api);
    const { complete } = renderCallback(`?error=server_error&state=${state}`, { api });

    await expectFailure(
      'The service you signed in to could not complete the authorization, so no data source was added.',
    );
    expect(complete).toHaveBeenCalledTimes(1);
  });

  it('offers Try again when the backend could not be reached, and the retry completes', async () => {
    const api = createMemoryConnectionsApi();
    const { search } = await startAuthorizationFlow(api);
    api.setFailure('completeAuthorization', new ConnectionsApiError('network', 'offline'));
    const { user, complete, container } = renderCallback(search, { api });

    await expectFailure('The server could not be reached.');
    expect(screen.getByRole('alert')).toHaveTextContent('The server could not finish the connection.');
    await expectNoAxeViolations(container);

    api.setFailure('completeAuthorization', null);
    await user.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await screen.findByText('Connection successful!')).toBeInTheDocument();
    expect(complete).toHaveBeenCalledTimes(2);
  });

  it('offers Try again after a provider_error (502), and the same code then connects', async () => {
    const api = createMemoryConnectionsApi();
    const { search } = await startAuthorizationFlow(api);
    api.setFailure(
      'completeAuthorization',
      new ConnectionsApiError('server', 'Stripe failed', { status: 502, code: 'provider_error' }),
    );
    const { user, complete } = renderCallback(search, { api });

    await expectFailure('The server had a problem. Try again in a moment.');
    api.setFailure('completeAuthorization', null);
    await user.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await screen.findByText('Connection successful!')).toBeInTheDocument();
    expect(complete).toHaveBeenCalledTimes(2);
    expect(api.snapshot().filter((source) => source.integrationId === 'stripe')).toHaveLength(1);
  });

  it.each([
    [
      '400',
      new ConnectionsApiError('bad_request', 'bad', { status: 400, code: 'invalid_request' }),
      'The server refused the request.',
    ],
    [
      '403',
      new ConnectionsApiError('forbidden', 'not an admin', { status: 403, code: 'forbidden' }),
      'Requires Administrator permissions',
    ],
    [
      '409',
      new ConnectionsApiError('conflict', 'disabled', { status: 409, code: 'integration_disabled' }),
      'It changed in the meantime.',
    ],
  ])('offers no Try again after a %s, which asking again cannot change', async (_, failure, reason) => {
    const api = createMemoryConnectionsApi();
    const { search } = await startAuthorizationFlow(api);
    api.setFailure('completeAuthorization', failure);
    renderCallback(search, { api });

    await expectFailure(reason);
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('takes the code and state out of the address bar as soon as it reads them, on failure too', async () => {
    const api = createMemoryConnectionsApi();
    const { state } = await startAuthorizationFlow(api);
    const { router } = renderCallback(`?error=access_denied&state=${state}`, { api });

    await waitFor(() => expect(router.state.location).toMatchObject({ pathname: '/callback', search: '' }));
    expect(router.state.historyAction).toBe('REPLACE');
    await expectFailure('Access was not granted');
    expect(router.state.location.search).toBe('');
  });

  it('shows the same refusal when the failed callback is reloaded, without asking again', async () => {
    const api = createMemoryConnectionsApi();
    const { search } = await startAuthorizationFlow(api);
    const first = renderCallback(search.replace(/code=[^&]+/, 'code=ac_wrong'), { api });
    await expectFailure('The authorization code was refused');
    const events = first.events.length;

    const reloaded = first.reload();

    await expectFailure(
      'The authorization code was refused: it expired or was already used. Start the connection again.',
    );
    expect(first.complete).toHaveBeenCalledTimes(1);
    expect(reloaded.events).toEqual([]);
    expect(first.events).toHaveLength(events);
  });

  it('asks again when a callback that could not reach the backend is reloaded', async () => {
    const api = createMemoryConnectionsApi();
    const { search } = await startAuthorizationFlow(api);
    api.setFailure('completeAuthorization', new ConnectionsApiError('network', 'offline'));
    const first = renderCallback(search, { api });
    await expectFailure('The server could not be reached.');
    expect(first.router.state.location.search).toBe('');

    api.setFailure('completeAuthorization', null);
    const reloaded = first.reload();

    expect(await screen.findByText('Connection successful!')).toBeInTheDocument();
    expect(first.complete).toHaveBeenCalledTimes(2);
    expect(reloaded.router.state.location).toMatchObject({ pathname: '/', search: '' });
  });

  it('in its own browser router, leaves no code in the address bar and shows the refusal again on reload', async () => {
    const api = createMemoryConnectionsApi();
    const { state } = await startAuthorizationFlow(api);
    window.history.replaceState(null, '', `/admin/connections/callback?error=access_denied&state=${state}`);
    try {
      const page = <ConnectionsWidget api={api} role="admin" basename="/admin/connections" />;
      const first = render(page);
      expect(await screen.findByText('Access was not granted, so no data source was added.')).toBeInTheDocument();
      expect(window.location.pathname).toBe('/admin/connections/callback');
      expect(window.location.search).toBe('');
      expect(window.history.length).toBe(1);

      first.unmount();
      render(page);

      expect(await screen.findByText('Access was not granted, so no data source was added.')).toBeInTheDocument();
      expect(screen.queryByText(/does not match a connection/)).not.toBeInTheDocument();
    } finally {
      window.history.replaceState(null, '', '/');
    }
  });

  it('offers no Start again after a failed re-authorization (Reconnect is on the source row)', async () => {
    const stripeSource: DataSource = {
      ...productDataSources[0],
      id: 'ds_stripe',
      name: 'Stripe',
      integrationId: 'stripe',
      status: 'needs_reauthorization',
    };
    const api = createMemoryConnectionsApi({ dataSources: [stripeSource] });
    const { state } = await startAuthorizationFlow(api, { dataSourceId: 'ds_stripe' });
    renderCallback(`?error=access_denied&state=${state}`, { api });

    await expectFailure('Access was not granted');
    expect(screen.queryByRole('link', { name: 'Start again' })).not.toBeInTheDocument();
  });

  it('shows a non-admin the notice and does not send the answer', async () => {
    const api = createMemoryConnectionsApi();
    const { search } = await startAuthorizationFlow(api);
    const { complete, container } = renderCallback(search, { api, role: 'standard' });

    expect(await screen.findByText('Requires Administrator permissions')).toBeInTheDocument();
    expect(complete).not.toHaveBeenCalled();
    await expectNoAxeViolations(container);
  });

  it('speaks Brazilian Portuguese', async () => {
    const api = createMemoryConnectionsApi();
    renderCallback('?code=ac_1&state=forged', { api, locale: 'pt-BR' });

    expect(await screen.findByRole('heading', { name: 'A conexão não foi concluída' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Voltar para Conexões' })).toBeInTheDocument();
  });
});
