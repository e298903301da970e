import { screen, waitFor } from '@testing-library/react';
import { ConnectionsApiError } from '../../src/api/ConnectionsApiError';
import type { DataSource } from '../../src/api/types';
import { pendingAuthorization } from '../../src/oauth/pendingAuthorization';
import { createMemoryConnectionsApi, type MemoryConnectionsApi } from '../../src/testing/createMemoryConnectionsApi';
import { productDataSources } from '../../src/testing/fixtures';
import { expectNoAxeViolations } from '../support/axe';
import { renderConnectionsWidget, type RenderConnectionsWidgetOptions } from '../support/renderConnectionsWidget';
import { startAuthorizationFlow } from '../support/startAuthorizationFlow';

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
    expect(events).toContainEqual({ type: 'authorization_completed', dataSource: expect.objectContaining({ name: 'Stripe' }), reauthorized: false });
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

    await expectFailure('Access to Stripe was not granted, so no data source was added.');
    expect(complete).toHaveBeenCalledExactlyOnceWith({
      state,
      error: 'access_denied',
      errorDescription: 'The user denied your request',
    });
    expect(screen.getByRole('link', { name: 'Start again' })).toHaveAttribute('href', '/add/stripe');
    expect(events).toContainEqual({ type: 'authorization_denied', integrationId: 'stripe', description: 'The user denied your request' });
    expect(pendingAuthorization.read(state)).toBeUndefined();
    expect(api.snapshot()).toEqual(productDataSources);
    await expectNoAxeViolations(container);
  });

  it('ignores an answer whose state this browser never started, without asking the backend', async () => {
    const api = createMemoryConnectionsApi();
    const { complete, events, container } = renderCallback('?code=ac_forged&scope=read_only&state=forged', { api });

    await expectFailure('This authorization answer does not match a connection started in this browser');
    expect(complete).not.toHaveBeenCalled();
    expect(events).toContainEqual({ type: 'authorization_failed', error: expect.objectContaining({ reason: 'tampered' }) });
    expect(api.snapshot()).toEqual(productDataSources);
    await expectNoAxeViolations(container);
  });

  it('calls an answer expired when its pending record has expired, without asking the backend', async () => {
    const api = createMemoryConnectionsApi();
    const { state, search } = await startAuthorizationFlow(api, { expiresAt: Date.now() - 1 });
    const { complete } = renderCallback(search, { api });

    await expectFailure('The authorization took too long and expired. Start the connection again.');
    expect(complete).not.toHaveBeenCalled();
    expect(pendingAuthorization.read(state)).toBeUndefined();
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

  it('says an answer was already used when the backend says so (completed in another tab)', async () => {
    const api = createMemoryConnectionsApi();
    const { state, search } = await startAuthorizationFlow(api);
    const code = new URLSearchParams(search).get('code') ?? '';
    await api.completeAuthorization({ state, code });
    const sources = api.snapshot();

    renderCallback(search, { api });

    await expectFailure('This authorization was already used. No data source was added.');
    expect(api.snapshot()).toEqual(sources);
  });

  it('treats a state the backend does not know as tampered', async () => {
    const api = createMemoryConnectionsApi();
    pendingAuthorization.save('not-the-backends', { integrationId: 'stripe', startedAt: Date.now(), expiresAt: Date.now() + 60_000 });
    const { complete } = renderCallback('?code=ac_1&state=not-the-backends', { api });

    await expectFailure('does not match a connection started in this browser');
    expect(complete).toHaveBeenCalledTimes(1);
  });

  it('says Stripe refused the code when the backend answers code_invalid', async () => {
    const api = createMemoryConnectionsApi();
    const { search } = await startAuthorizationFlow(api);
    const tampered = search.replace(/code=[^&]+/, 'code=ac_wrong');
    renderCallback(tampered, { api });

    await expectFailure('Stripe refused the authorization code: it expired or was already used.');
    expect(api.snapshot()).toEqual(productDataSources);
  });

  it.each(['', '?state=abc', '?code=ac_1&scope=read_only', '?error=access_denied'])(
    'calls the answer %j incomplete, without asking the backend',
    async (search) => {
      const api = createMemoryConnectionsApi();
      const { complete } = renderCallback(search, { api });

      await expectFailure('The answer from Stripe is incomplete, so no data source was added.');
      expect(complete).not.toHaveBeenCalled();
    },
  );

  it('tells the backend of another provider error and says the authorization failed', async () => {
    const api = createMemoryConnectionsApi();
    const { state } = await startAuthorizationFlow(api);
    const { complete } = renderCallback(`?error=server_error&state=${state}`, { api });

    await expectFailure('Stripe could not complete the authorization, so no data source was added.');
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

  it('offers no Try again when asking again cannot help', async () => {
    const api = createMemoryConnectionsApi();
    const { search } = await startAuthorizationFlow(api);
    api.setFailure('completeAuthorization', new ConnectionsApiError('forbidden', 'not an admin', { status: 403, code: 'forbidden' }));
    renderCallback(search, { api });

    await expectFailure('Requires Administrator permissions');
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('offers no Start again after a failed re-authorization (Reconnect is on the source row)', async () => {
    const stripeSource: DataSource = { ...productDataSources[0], id: 'ds_stripe', name: 'Stripe', integrationId: 'stripe', status: 'needs_reauthorization' };
    const api = createMemoryConnectionsApi({ dataSources: [stripeSource] });
    const { state } = await startAuthorizationFlow(api, { dataSourceId: 'ds_stripe' });
    renderCallback(`?error=access_denied&state=${state}`, { api });

    await expectFailure('Access to Stripe was not granted');
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
