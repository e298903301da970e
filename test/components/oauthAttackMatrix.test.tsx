import { screen, waitFor } from '@testing-library/react';
import { createMemoryConnectionsApi, type MemoryConnectionsApi } from '../../src/testing/createMemoryConnectionsApi';
import { productDataSources } from '../../src/testing/fixtures';
import { startAuthorizationFlow } from '../../src/testing/startAuthorizationFlow';
import { renderConnectionsWidget } from '../support/renderConnectionsWidget';
import { whenEnabled } from '../support/whenEnabled';

/** Attacks and accidents on the authorization flow, as the admin meets them in the rendered widget. */

/** The states this tab still waits for; none may outlive a refusal or a success. */
function pendingStates(): string[] {
  return Object.keys(JSON.parse(sessionStorage.getItem('connections-widget:pending-authorizations') ?? '{}') as object);
}

const stripeSources = (api: MemoryConnectionsApi) =>
  api.snapshot().filter((source) => source.integrationId === 'stripe');

/** The widget at its callback, as the browser reaches it back from the provider, with the completions observed. */
function renderCallback(api: MemoryConnectionsApi, search: string) {
  const complete = vi.spyOn(api, 'completeAuthorization');
  return { ...renderConnectionsWidget({ api, route: `/callback${search}` }), complete };
}

async function connectWithStripe(api: MemoryConnectionsApi) {
  const rendered = renderConnectionsWidget({ api, route: '/add/stripe' });
  const start = vi.spyOn(api, 'startAuthorization');
  return {
    ...rendered,
    start,
    connect: await whenEnabled(await screen.findByRole('button', { name: 'Connect with Stripe' })),
  };
}

/** The answer of a flow started elsewhere (the in-memory provider answers the callback's query at once). */
async function answerStartedElsewhere(api: MemoryConnectionsApi): Promise<string> {
  const { authorizationUrl } = await api.startAuthorization({
    integrationId: 'stripe',
    redirectUri: 'https://app.example.test/callback',
  });
  return new URL(authorizationUrl).search;
}

describe('OAuth attack matrix in the widget', () => {
  it.each([
    // Login CSRF: the attacker's own genuine answer, slipped into the admin's browser.
    ['a genuine answer of a flow another browser started', answerStartedElsewhere],
    ['a made-up answer', async () => '?code=ac_madeUp&scope=read_only&state=madeUpState'],
  ])('refuses %s without asking the backend', async (_case, answer) => {
    const api = createMemoryConnectionsApi();
    const { complete } = renderCallback(api, await answer(api));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This authorization answer does not match a connection started in this browser, so it was ignored. No data source was added.',
    );
    expect(complete).not.toHaveBeenCalled();
    expect(api.snapshot()).toEqual(productDataSources);
    expect(pendingStates()).toEqual([]);
  });

  it('sends one start request for a double click on Connect, and connects once', async () => {
    const api = createMemoryConnectionsApi({ latencyMs: 20 });
    const { user, start, connect } = await connectWithStripe(api);

    await user.dblClick(connect);

    expect(await screen.findByText('Connection successful!')).toBeInTheDocument();
    expect(start).toHaveBeenCalledTimes(1);
    expect(stripeSources(api)).toHaveLength(1);
    expect(pendingStates()).toEqual([]);
  });

  it('tells a second tab completing the same flow that it was already used, and adds nothing', async () => {
    const api = createMemoryConnectionsApi();
    const { search } = await startAuthorizationFlow(api);
    // The tab was duplicated at Stripe (sessionStorage and all), and each copy consented.
    const duplicatedStorage = Object.entries(sessionStorage);
    const first = renderCallback(api, search);
    await screen.findByText('Connection successful!');
    first.unmount();
    sessionStorage.clear();
    for (const [key, value] of duplicatedStorage) sessionStorage.setItem(key, value);

    renderCallback(api, search.replace(/code=[^&]+/, 'code=ac_secondConsent'));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This authorization was already used, perhaps in another tab, and Stripe is connected in your data sources: the connection was probably completed there.',
    );
    expect(stripeSources(api)).toHaveLength(1);
    expect(pendingStates()).toEqual([]);
  });

  it.each([
    ['on arrival, while the backend is completing', async () => {}],
    ['once the banner shows', async () => void (await screen.findByText('Connection successful!'))],
  ])('connects once when the callback is reloaded %s', async (_case, waitForStep) => {
    const api = createMemoryConnectionsApi({ latencyMs: 20 });
    const { state, code, search } = await startAuthorizationFlow(api);
    const first = renderCallback(api, search);
    await waitForStep();

    const reloaded = first.reload();

    await waitFor(() => expect(reloaded.router.state.location).toMatchObject({ pathname: '/', search: '' }));
    expect(await screen.findByRole('rowheader', { name: 'Stripe' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    // A reload cannot know whether the first request got through: it may repeat it, never vary it.
    for (const call of first.complete.mock.calls) expect(call[0]).toEqual({ state, code });
    expect(stripeSources(api)).toHaveLength(1);
    expect(pendingStates()).toEqual([]);
  });

  it.each([
    ['user info in front of another host', 'https://connect.stripe.com@evil.test/oauth/authorize', 'evil.test'],
    ['a look-alike host', 'https://connect.stripe.com.evil.test/oauth/authorize', 'connect.stripe.com.evil.test'],
    ['plain http', 'http://connect.stripe.com/oauth/authorize', 'connect.stripe.com'],
  ])('refuses an authorization URL with %s, stays, and keeps nothing pending', async (_case, providerUrl, host) => {
    const api = createMemoryConnectionsApi({ providerUrl });
    const { user, router, connect } = await connectWithStripe(api);

    await user.click(connect);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      `The server sent an authorization address on ${host}, which is not an allowed authorization host. The widget did not go there.`,
    );
    expect(router.state.location.pathname).toBe('/add/stripe');
    expect(api.snapshot()).toEqual(productDataSources);
    expect(pendingStates()).toEqual([]);
  });
});
