import { errorMessages } from '../../server/operations/ApiError';
import { standInClientId } from '../../server/standin/demoCredentials';
import type { ConnectionsApiError } from '../../src/api/ConnectionsApiError';
import type { AuthorizationStart } from '../../src/api/types';
import { assertMatchesSchema } from '../support/openapi';
import { signedInClient } from './support/backendClient';
import { consentAtStandIn } from './support/consentAtStandIn';
import { deauthorizeAtStandIn } from './support/deauthorizeAtStandIn';
import { testRedirectUri, setUpServersWithAdmin } from './support/testServers';
import { listAllDataSources } from './support/listAllDataSources';

const env = setUpServersWithAdmin();

const tenMinutes = 10 * 60 * 1000;

function startStripe(): Promise<AuthorizationStart> {
  return env.admin.api.startAuthorization({ integrationId: 'stripe', redirectUri: testRedirectUri });
}

/** The stand-in account's id, learnt by connecting and deleting a source: it is left disconnected. */
async function learnStandInAccountId(): Promise<string> {
  const start = await startStripe();
  const { code = '', state } = await consentAtStandIn(start.authorizationUrl);
  const source = await env.admin.api.completeAuthorization({ state, code });
  await env.admin.api.deleteDataSource({ dataSourceId: source.id });
  return source.connection;
}

/** The answer a call rejected with, as the package's client reports it. */
async function failure(call: Promise<unknown>): Promise<{ status?: number; code?: string }> {
  const error = (await call.then(
    () => {
      throw new Error('The call succeeded.');
    },
    (reason: unknown) => reason,
  )) as ConnectionsApiError;
  return { status: error.status, code: error.code };
}

describe('starting an authorization', () => {
  it("answers 201 with the stand-in's authorize URL in Stripe's form", async () => {
    const answer = await env.admin.request('POST', '/integrations/stripe/authorizations', {
      json: { redirectUri: testRedirectUri },
    });
    expect(answer.status).toBe(201);
    const start = answer.body as AuthorizationStart;
    assertMatchesSchema('AuthorizationStart', start);
    const url = new URL(start.authorizationUrl);
    expect(`${url.origin}${url.pathname}`).toBe(`${env.servers.standInUrl}/oauth/authorize`);
    expect([...url.searchParams]).toEqual([
      ['response_type', 'code'],
      ['client_id', standInClientId],
      ['scope', 'read_only'],
      ['state', start.state],
      ['redirect_uri', testRedirectUri],
      ['stripe_landing', 'login'],
    ]);
  });

  it('makes a state of at least 128 random bits, new every time, expiring in ten minutes', async () => {
    const starts = await Promise.all([startStripe(), startStripe(), startStripe()]);
    for (const { state, expiresAt } of starts) {
      expect(state).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(Buffer.from(state, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
      expect(expiresAt).toBe(new Date(env.servers.clock.now().getTime() + tenMinutes).toISOString());
    }
    expect(new Set(starts.map(({ state }) => state)).size).toBe(3);
  });

  it.each([
    ['another host', 'https://evil.example/admin/connections/callback'],
    ['a trailing slash', `${testRedirectUri}/`],
    ['an added query', `${testRedirectUri}?next=/`],
    ['a fragment', `${testRedirectUri}#x`],
    ['http instead of https', testRedirectUri.replace('https:', 'http:')],
    ['another port', testRedirectUri.replace('app.example.test', 'app.example.test:8443')],
    ['another letter case', testRedirectUri.replace('callback', 'Callback')],
  ])('refuses a redirect URI with %s: 400 redirect_uri_not_allowed', async (_case, redirectUri) => {
    expect(await failure(env.admin.api.startAuthorization({ integrationId: 'stripe', redirectUri }))).toEqual({
      status: 400,
      code: 'redirect_uri_not_allowed',
    });
  });

  it('refuses a disabled integration: 409 integration_disabled', async () => {
    expect(
      await failure(env.admin.api.startAuthorization({ integrationId: 'salesforce', redirectUri: testRedirectUri })),
    ).toEqual({
      status: 409,
      code: 'integration_disabled',
    });
  });

  it('refuses an integration that is not connected through OAuth: 400 invalid_request, saying so in the log', async () => {
    const answer = await env.admin.request('POST', '/integrations/mysql/authorizations', {
      json: { redirectUri: testRedirectUri },
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ error: { code: 'invalid_request', message: errorMessages.invalid_request } });
    expect(env.servers.logged).toEqual([
      'Refused with 400 invalid_request: "mysql" is not connected through an authorization; only Stripe is.',
    ]);
  });
});

describe('completing an authorization', () => {
  it('exchanges the code and creates a syncing Stripe source for the connected account', async () => {
    const start = await startStripe();
    const { code, state } = await consentAtStandIn(start.authorizationUrl);
    expect(state).toBe(start.state);
    env.servers.clock.advance(60_000);
    const dataSource = await env.admin.api.completeAuthorization({ state, code: code ?? '' });
    expect(dataSource).toEqual({
      id: expect.stringMatching(/^ds_/),
      name: 'Stripe',
      integrationId: 'stripe',
      connection: expect.stringMatching(/^acct_/),
      status: 'syncing',
      lastConnectionStartedAt: env.servers.clock.now().toISOString(),
      lastConnectionDurationSeconds: null,
    });
    expect(await listAllDataSources(env.admin.api)).toContainEqual(dataSource);
  });

  it('never puts a token or key in any answer', async () => {
    const start = await startStripe();
    const { code = '', state } = await consentAtStandIn(start.authorizationUrl);
    const dataSource = await env.admin.api.completeAuthorization({ state, code });
    await listAllDataSources(env.admin.api);
    await env.admin.api.startReauthorization({ dataSourceId: dataSource.id, redirectUri: testRedirectUri });
    expect(env.admin.received.length).toBeGreaterThanOrEqual(4);
    // The stand-in's access and refresh tokens start sk_test_ and rt_test_, its publishable keys pk_test_.
    for (const answer of env.admin.received) expect(answer).not.toMatch(/(sk|rt|pk)_test_|access_token|refresh_token/);
  });

  it('answers a repeat sent while the first is still at Stripe with the same source, exchanging the code once', async () => {
    const start = await startStripe();
    const { code = '', state } = await consentAtStandIn(start.authorizationUrl);
    const completion = { json: { state, code } };
    // A second exchange of the code would be refused by the stand-in (code_invalid).
    const [first, second] = await Promise.all([
      env.admin.request('POST', '/authorizations/complete', completion),
      env.admin.request('POST', '/authorizations/complete', completion),
    ]);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(second.body).toEqual(first.body);
    expect(
      (await listAllDataSources(env.admin.api)).filter(({ integrationId }) => integrationId === 'stripe'),
    ).toHaveLength(1);
  });

  it('refuses a grant that is not read-only: 400 scope_not_allowed, deauthorizes it, creates nothing', async () => {
    const account = await learnStandInAccountId();
    const before = await listAllDataSources(env.admin.api);
    const start = await startStripe();
    // What a user can do at Stripe: edit the authorize URL before consenting.
    const tampered = new URL(start.authorizationUrl);
    tampered.searchParams.set('scope', 'read_write');
    const { code = '', state } = await consentAtStandIn(tampered.toString());
    expect(await failure(env.admin.api.completeAuthorization({ state, code }))).toEqual({
      status: 400,
      code: 'scope_not_allowed',
    });
    expect(await listAllDataSources(env.admin.api)).toEqual(before);
    expect(await deauthorizeAtStandIn(env.servers.standInUrl, account)).toBe(401);
  });

  it('refuses a state it never issued: 400 state_invalid', async () => {
    expect(await failure(env.admin.api.completeAuthorization({ state: 'x'.repeat(43), code: 'ac_x' }))).toEqual({
      status: 400,
      code: 'state_invalid',
    });
  });

  it("refuses another session's state (400 state_invalid) without using it up for its owner", async () => {
    const start = await startStripe();
    const { code = '', state } = await consentAtStandIn(start.authorizationUrl);
    const attacker = await signedInClient(env.servers.backendUrl);
    expect(await failure(attacker.api.completeAuthorization({ state, code }))).toEqual({
      status: 400,
      code: 'state_invalid',
    });
    expect((await listAllDataSources(attacker.api)).some(({ integrationId }) => integrationId === 'stripe')).toBe(
      false,
    );
    expect((await env.admin.api.completeAuthorization({ state, code })).integrationId).toBe('stripe');
  });

  it('accepts a state until ten minutes have passed', async () => {
    const start = await startStripe();
    // The user lingers before consenting (the code itself lives five minutes at Stripe).
    env.servers.clock.advance(tenMinutes - 1);
    const { code = '', state } = await consentAtStandIn(start.authorizationUrl);
    expect((await env.admin.api.completeAuthorization({ state, code })).status).toBe('syncing');
  });

  it('refuses a state after ten minutes (400 state_expired), and uses it up all the same', async () => {
    const start = await startStripe();
    const { code = '', state } = await consentAtStandIn(start.authorizationUrl);
    env.servers.clock.advance(tenMinutes);
    expect(await failure(env.admin.api.completeAuthorization({ state, code }))).toEqual({
      status: 400,
      code: 'state_expired',
    });
    expect(await failure(env.admin.api.completeAuthorization({ state, code }))).toEqual({
      status: 409,
      code: 'state_used',
    });
  });

  it('answers a denial with 400 access_denied, creates nothing, and uses the state up', async () => {
    const before = await listAllDataSources(env.admin.api);
    const start = await startStripe();
    const { state, error = '', errorDescription } = await consentAtStandIn(start.authorizationUrl, 'deny');
    expect(error).toBe('access_denied');
    expect(await failure(env.admin.api.completeAuthorization({ state, error, errorDescription }))).toEqual({
      status: 400,
      code: 'access_denied',
    });
    expect(await listAllDataSources(env.admin.api)).toEqual(before);
    expect(await failure(env.admin.api.completeAuthorization({ state, code: 'ac_late' }))).toEqual({
      status: 409,
      code: 'state_used',
    });
  });

  it('answers a code Stripe refuses with 400 code_invalid, creates nothing, and uses the state up', async () => {
    const before = await listAllDataSources(env.admin.api);
    const { state } = await startStripe();
    expect(await failure(env.admin.api.completeAuthorization({ state, code: 'ac_forged' }))).toEqual({
      status: 400,
      code: 'code_invalid',
    });
    expect(await listAllDataSources(env.admin.api)).toEqual(before);
    expect(await failure(env.admin.api.completeAuthorization({ state, code: 'ac_forged' }))).toEqual({
      status: 409,
      code: 'state_used',
    });
  });

  it('answers code_invalid for a code already exchanged under another state (Stripe binds no code to a state)', async () => {
    const first = await startStripe();
    const second = await startStripe();
    const { code = '' } = await consentAtStandIn(first.authorizationUrl);
    await env.admin.api.completeAuthorization({ state: second.state, code });
    // The code went with the wrong state and is spent; the first state cannot use it any more.
    expect(await failure(env.admin.api.completeAuthorization({ state: first.state, code }))).toEqual({
      status: 400,
      code: 'code_invalid',
    });
  });
});
