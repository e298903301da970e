import type { ConnectionsApi } from '../../src/api/ConnectionsApi';
import type { DataSource } from '../../src/api/types';
import { productDataSources } from '../../src/testing/fixtures';
import { signedInClient } from './support/backendClient';
import { consentAtStandIn } from './support/consentAtStandIn';
import { deauthorizeAtStandIn as deauthorizeStandInAccount } from './support/deauthorizeAtStandIn';
import { testRedirectUri, setUpServersWithAdmin } from './support/testServers';
import { byName, listAllDataSources } from './support/listAllDataSources';

const revokedStripeSource = {
  id: 'ds_stripe_revoked',
  name: 'Stripe Payments',
  integrationId: 'stripe',
  connection: 'acct_revoked',
  status: 'needs_reauthorization',
  lastConnectionStartedAt: '2026-11-20T09:00:00.000Z',
  lastConnectionDurationSeconds: 95,
} as const satisfies DataSource;

const env = setUpServersWithAdmin({ seedDataSources: [...productDataSources, revokedStripeSource] });

async function connectStripe(api: ConnectionsApi = env.admin.api): Promise<DataSource> {
  const start = await api.startAuthorization({ integrationId: 'stripe', redirectUri: testRedirectUri });
  const { code = '', state } = await consentAtStandIn(start.authorizationUrl);
  return api.completeAuthorization({ state, code });
}

/** 200 when the stand-in still had `stripeUserId` connected (and now disconnected it), 401 when not. */
function deauthorizeAtStandIn(stripeUserId: string): Promise<number> {
  return deauthorizeStandInAccount(env.servers.standInUrl, stripeUserId);
}

it('seeds every session with seedDataSources instead of the product table', async () => {
  expect(await listAllDataSources(env.admin.api)).toEqual(byName([...productDataSources, revokedStripeSource]));
});

describe('DELETE /data-sources/{id}', () => {
  it('answers 204 with no body and removes the source', async () => {
    const answer = await env.admin.request('DELETE', '/data-sources/ds_mysql');
    expect(answer.status).toBe(204);
    expect(answer.text).toBe('');
    expect((await listAllDataSources(env.admin.api)).map(({ id }) => id)).not.toContain('ds_mysql');
    expect((await env.admin.request('DELETE', '/data-sources/ds_mysql')).status).toBe(404);
  });

  it('deauthorizes the account at Stripe when a connected Stripe source is deleted', async () => {
    const source = await connectStripe();
    await env.admin.api.deleteDataSource({ dataSourceId: source.id });
    // The stand-in no longer knows the connection: the backend deauthorized it.
    expect(await deauthorizeAtStandIn(source.connection)).toBe(401);
  });

  it("keeps the account connected while another session's source still uses it", async () => {
    // The stand-in has one account, so every session that connects Stripe connects the same one.
    const other = await signedInClient(env.servers.backendUrl);
    const mine = await connectStripe();
    const theirs = await connectStripe(other.api);
    expect(theirs.connection).toBe(mine.connection);
    await env.admin.api.deleteDataSource({ dataSourceId: mine.id });
    expect(await deauthorizeAtStandIn(mine.connection)).toBe(200);
  });
});

describe('connecting an account that is already connected', () => {
  it('updates the source that has it, with a new start time, adding none', async () => {
    const first = await connectStripe();
    const rows = (await listAllDataSources(env.admin.api)).length;
    env.servers.clock.advance(60_000);
    const again = await connectStripe();
    expect(again).toEqual({ ...first, lastConnectionStartedAt: env.servers.clock.now().toISOString() });
    expect(await listAllDataSources(env.admin.api)).toHaveLength(rows);
    // The fresh tokens are in use: the account stays connected.
    expect(await deauthorizeAtStandIn(first.connection)).toBe(200);
  });
});

describe('re-authorization', () => {
  async function reauthorize(dataSourceId: string): Promise<DataSource> {
    const start = await env.admin.api.startReauthorization({ dataSourceId, redirectUri: testRedirectUri });
    const { code = '', state } = await consentAtStandIn(start.authorizationUrl);
    return env.admin.api.completeAuthorization({ state, code });
  }

  it('updates the same source, adding none', async () => {
    const before = await listAllDataSources(env.admin.api);
    const updated = await reauthorize(revokedStripeSource.id);
    expect(updated).toEqual({
      ...revokedStripeSource,
      connection: expect.stringMatching(/^acct_/),
      status: 'syncing',
      lastConnectionStartedAt: env.servers.clock.now().toISOString(),
      lastConnectionDurationSeconds: null,
    });
    const after = await listAllDataSources(env.admin.api);
    expect(after).toHaveLength(before.length);
    expect(after.find(({ id }) => id === revokedStripeSource.id)).toEqual(updated);
  });

  it('keeps a re-authorized connection when the account is the same', async () => {
    const source = await connectStripe();
    await reauthorize(source.id);
    expect(await deauthorizeAtStandIn(source.connection)).toBe(200);
  });

  it('refuses an unknown source with 404 not_found', async () => {
    const answer = await env.admin.request('POST', '/data-sources/ds_nothing/reauthorizations', {
      json: { redirectUri: testRedirectUri },
    });
    expect(answer.status).toBe(404);
    expect(answer.body).toMatchObject({ error: { code: 'not_found' } });
  });

  it('refuses a source that is not connected through OAuth with 400 invalid_request', async () => {
    const answer = await env.admin.request('POST', '/data-sources/ds_mysql/reauthorizations', {
      json: { redirectUri: testRedirectUri },
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ error: { code: 'invalid_request' } });
  });

  it('refuses an unregistered redirect URI with 400 redirect_uri_not_allowed', async () => {
    const answer = await env.admin.request('POST', `/data-sources/${revokedStripeSource.id}/reauthorizations`, {
      json: { redirectUri: 'https://evil.example/callback' },
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ error: { code: 'redirect_uri_not_allowed' } });
  });

  it('answers 404 and revokes the new access when the source was deleted while the user was at Stripe', async () => {
    // Learn the stand-in account's id, leaving it disconnected.
    const earlier = await connectStripe();
    await env.admin.api.deleteDataSource({ dataSourceId: earlier.id });
    const start = await env.admin.api.startReauthorization({
      dataSourceId: revokedStripeSource.id,
      redirectUri: testRedirectUri,
    });
    const { code = '', state } = await consentAtStandIn(start.authorizationUrl);
    await env.admin.api.deleteDataSource({ dataSourceId: revokedStripeSource.id });
    const answer = await env.admin.request('POST', '/authorizations/complete', { json: { state, code } });
    expect(answer.status).toBe(404);
    expect(answer.body).toMatchObject({ error: { code: 'not_found' } });
    expect((await listAllDataSources(env.admin.api)).some(({ integrationId }) => integrationId === 'stripe')).toBe(
      false,
    );
    // The exchange connected the account again; the backend disconnected it at once.
    expect(await deauthorizeAtStandIn(earlier.connection)).toBe(401);
  });
});
