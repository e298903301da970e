import { ConnectionsApiError } from '../../src/api/ConnectionsApiError';
import { createMemoryConnectionsApi } from '../../src/testing/createMemoryConnectionsApi';
import { describeConnectionsApiContract } from './connectionsApiContract';
import { describeDataSourcePagingContract } from './dataSourcePagingContract';

const redirectUri = 'https://app.test/admin/connections/callback';

describeConnectionsApiContract('in-memory API', async (dataSources) => {
  let clockOffsetMs = 0;
  const options = {
    dataSources,
    registeredRedirectUris: [redirectUri],
    now: () => new Date(Date.now() + clockOffsetMs),
  };
  return {
    api: createMemoryConnectionsApi(options),
    nonAdminApi: createMemoryConnectionsApi({ ...options, role: 'standard' }),
    redirectUri,
    async consent(start, decision = 'allow') {
      // The in-memory API plays the provider too: its authorization URL is already the redirect back.
      const query = new URL(start.authorizationUrl).searchParams;
      const state = query.get('state') ?? '';
      if (decision === 'deny')
        return { state, error: 'access_denied', errorDescription: 'The user denied your request' };
      return { state, code: query.get('code') ?? undefined };
    },
    expire() {
      clockOffsetMs += 11 * 60 * 1000;
    },
    close: async () => {},
  };
});

describeDataSourcePagingContract('in-memory API', async (dataSources) => ({
  api: createMemoryConnectionsApi({ dataSources }),
  close: async () => {},
}));

describe('createMemoryConnectionsApi options', () => {
  it('refuses every call of a read-only user too', async () => {
    const api = createMemoryConnectionsApi({ role: 'read-only' });
    await expect(api.listIntegrations()).rejects.toMatchObject({ kind: 'forbidden', status: 403 });
  });

  it('accepts any absolute redirect URI when none are registered, and refuses a relative one as invalid_request', async () => {
    const api = createMemoryConnectionsApi();
    const started = await api.startAuthorization({
      integrationId: 'stripe',
      redirectUri: 'http://localhost:6006/callback',
    });
    expect(new URL(started.authorizationUrl).origin).toBe('http://localhost:6006');
    await expect(api.startAuthorization({ integrationId: 'stripe', redirectUri: '/callback' })).rejects.toMatchObject({
      kind: 'bad_request',
      code: 'invalid_request',
    });
  });

  it('points the authorization at providerUrl when given, carrying state and redirect_uri but no code', async () => {
    const api = createMemoryConnectionsApi({ providerUrl: 'https://connect.stripe.com/oauth/authorize' });
    const started = await api.startAuthorization({ integrationId: 'stripe', redirectUri });
    const url = new URL(started.authorizationUrl);
    expect(url.origin + url.pathname).toBe('https://connect.stripe.com/oauth/authorize');
    expect(url.searchParams.get('state')).toBe(started.state);
    expect(url.searchParams.get('redirect_uri')).toBe(redirectUri);
    expect(url.searchParams.has('code')).toBe(false);
  });

  it('fails a method with the error given to setFailure until it is cleared', async () => {
    const api = createMemoryConnectionsApi();
    const error = new ConnectionsApiError('server', 'Down.', { status: 500, code: 'internal' });
    api.setFailure('listDataSources', error);
    await expect(api.listDataSources()).rejects.toBe(error);
    api.setFailure('listDataSources', null);
    await expect(api.listDataSources()).resolves.toMatchObject({ total: api.snapshot().length });
  });

  it('never answers with latencyMs Infinity, but still rejects when aborted', async () => {
    const api = createMemoryConnectionsApi({ latencyMs: Infinity });
    const controller = new AbortController();
    const pending = api.listDataSources({}, { signal: controller.signal });
    const settled = vi.fn();
    pending.then(settled, settled);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).not.toHaveBeenCalled();
    controller.abort();
    await expect(pending).rejects.toMatchObject({ kind: 'aborted' });
  });
});
