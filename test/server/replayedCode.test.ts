import { errorMessages } from '../../server/operations/ApiError';
import { standInSecretKey } from '../../server/standin/demoCredentials';
import type { DataSource } from '../../src/api/types';
import type { ProviderRedirect } from '../contract/connectionsApiContract';
import { signedInClient, type BackendClient, type RawAnswer } from './support/backendClient';
import { consentAtStandIn } from './support/consentAtStandIn';
import { installAtStandIn } from './support/installAtStandIn';
import { listAllDataSources, listedSource } from './support/listAllDataSources';
import { startStandIn, type TestStandIn } from './support/startStandIn';
import { setUpServersWithAdmin, testRedirectUri } from './support/testServers';

/**
 * An authorization code sent again after it was exchanged. The backend sends a code to Stripe
 * once per state (a repeat of a completed state is answered from the store), but a code replayed
 * through a new state (another flow of the same user, or of another account's) reaches Stripe,
 * which refuses it (invalid_grant) and revokes the tokens of the first exchange. The source those
 * tokens served must say so (needs_reauthorization for access_revoked) and lose its grant.
 */

const minutes = (count: number) => count * 60 * 1000;

/** The code a consent at the stand-in answers (Connect's sign-in, or an app's install page). */
type Consent = (authorizationUrl: string) => Promise<ProviderRedirect>;

async function startStripe(client: BackendClient): Promise<{ state: string; authorizationUrl: string }> {
  return client.api.startAuthorization({ integrationId: 'stripe', redirectUri: testRedirectUri });
}

/** `client` connects Stripe, answering the source and the code it was exchanged for. */
async function connect(client: BackendClient, consent: Consent): Promise<{ source: DataSource; code: string }> {
  const { state, authorizationUrl } = await startStripe(client);
  const { code = '' } = await consent(authorizationUrl);
  return { source: await client.api.completeAuthorization({ state, code }), code };
}

/** `client` completes a flow of its own, started now, with `code`. */
async function replay(client: BackendClient, code: string): Promise<RawAnswer> {
  const { state } = await startStripe(client);
  return client.request('POST', '/authorizations/complete', { json: { state, code } });
}

function expectCodeInvalid(answer: RawAnswer): void {
  expect(answer.status).toBe(400);
  expect(answer.body).toEqual({ error: { code: 'code_invalid', message: errorMessages.code_invalid } });
}

const revoked = (source: DataSource): DataSource => ({
  ...source,
  status: 'needs_reauthorization',
  statusReason: 'access_revoked',
});

describe('a code replayed through a new state, in apps mode', () => {
  const env = setUpServersWithAdmin({ stripeMode: 'apps' });
  const install: Consent = (url) => installAtStandIn(url);

  /** Re-authorizes `source` from its row, as the widget does: the same source, with new tokens. */
  async function reauthorize(source: DataSource): Promise<DataSource> {
    const { state, authorizationUrl } = await env.admin.api.startReauthorization({
      dataSourceId: source.id,
      redirectUri: testRedirectUri,
    });
    return env.admin.api.completeAuthorization({ state, code: (await install(authorizationUrl)).code ?? '' });
  }

  it("through another account's flow: refused, and the source the code connected needs re-authorization and has no tokens left", async () => {
    const { source, code } = await connect(env.admin, install);
    const other = await signedInClient(env.servers.backendUrl);
    const theirs = await listAllDataSources(other.api);

    expectCodeInvalid(await replay(other, code));

    expect(await listedSource(env.admin.api, source.id)).toEqual(revoked(source));
    expect(await listAllDataSources(other.api)).toEqual(theirs);
    expect(env.servers.logged).toEqual([
      expect.stringContaining(`Stripe revoked what it granted, so "${source.id}"`),
      expect.stringMatching(
        /^Refused with 400 code_invalid: Stripe refused the authorization code: "This authorization code has already been used/,
      ),
    ]);
    // Its grant is gone: nothing is refreshed for it (the stand-in would refuse the refresh token).
    env.servers.clock.advance(minutes(58));
    await env.servers.refreshDueTokens();
    expect(env.servers.logged).toHaveLength(2);
    expect(await listedSource(env.admin.api, source.id)).toEqual(revoked(source));
  });

  it('through a new flow of the same user: refused, and the source it connected needs re-authorization', async () => {
    const { source, code } = await connect(env.admin, install);

    expectCodeInvalid(await replay(env.admin, code));

    expect(await listedSource(env.admin.api, source.id)).toEqual(revoked(source));
  });

  it('re-authorizing the source afterwards connects it again, with tokens that refresh', async () => {
    const { source, code } = await connect(env.admin, install);
    expectCodeInvalid(await replay(env.admin, code));

    const again = await reauthorize(source);
    expect(again).toMatchObject({ id: source.id, status: 'syncing' });
    expect(again.statusReason).toBeUndefined();

    env.servers.clock.advance(minutes(58));
    await env.servers.refreshDueTokens();
    expect(env.servers.logged).toHaveLength(2);
    expect(await listedSource(env.admin.api, source.id)).toEqual(again);
  });

  it('leaves a source re-authorized since alone: its tokens came from another code, which Stripe keeps', async () => {
    const { source, code } = await connect(env.admin, install);
    const reauthorized = await reauthorize(source);

    expectCodeInvalid(await replay(env.admin, code));

    expect(await listedSource(env.admin.api, source.id)).toEqual(reauthorized);
    env.servers.clock.advance(minutes(58));
    await env.servers.refreshDueTokens();
    expect(env.servers.logged).toEqual([expect.stringMatching(/^Refused with 400 code_invalid: /)]);
  });

  it('leaves the source alone when the code comes back after Stripe forgot it (refused as unknown, nothing revoked)', async () => {
    const { source, code } = await connect(env.admin, install);
    env.servers.clock.advance(minutes(21));
    // The stand-in forgets a code two lifetimes on, when it issues the next.
    await install((await startStripe(env.admin)).authorizationUrl);

    expectCodeInvalid(await replay(env.admin, code));

    expect(env.servers.logged).toEqual([expect.stringContaining('Authorization code does not exist')]);
    expect(await listedSource(env.admin.api, source.id)).toEqual(source);
  });
});

describe('a code replayed through a new state, in Connect mode', () => {
  const env = setUpServersWithAdmin();
  const signIn: Consent = (url) => consentAtStandIn(url);

  it("through another account's flow: refused, and the source the code connected needs re-authorization", async () => {
    const { source, code } = await connect(env.admin, signIn);
    const other = await signedInClient(env.servers.backendUrl);

    expectCodeInvalid(await replay(other, code));

    expect(await listedSource(env.admin.api, source.id)).toEqual(revoked(source));
  });

  it('marks only the source of that code: another account reading the same Stripe account keeps its access', async () => {
    const other = await signedInClient(env.servers.backendUrl);
    const { source, code } = await connect(env.admin, signIn);
    const { source: theirs } = await connect(other, signIn);
    expect(theirs.connection).toBe(source.connection);

    expectCodeInvalid(await replay(other, code));

    expect(await listedSource(env.admin.api, source.id)).toEqual(revoked(source));
    expect(await listedSource(other.api, theirs.id)).toEqual(theirs);
  });
});

describe('the stand-in, as Stripe documents a code sent again', () => {
  let standIn: TestStandIn;
  beforeEach(async () => {
    standIn = await startStandIn();
  });
  afterEach(async () => {
    await standIn.close();
  });

  async function token(form: Record<string, string>): Promise<{ status: number; body: Record<string, string> }> {
    const response = await fetch(`${standIn.url}/oauth/token`, {
      method: 'POST',
      headers: {
        Authorization: `Basic ${Buffer.from(`${standInSecretKey}:`).toString('base64')}`,
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams(form),
    });
    return { status: response.status, body: (await response.json()) as Record<string, string> };
  }

  async function exchangedCode(): Promise<{ code: string; refreshToken: string }> {
    const url = new URL(`${standIn.url}/oauth/authorize`);
    url.search = new URLSearchParams({
      response_type: 'code',
      client_id: 'ca_StandInDemoPlatform',
      scope: 'read_only',
      state: 'state-1',
      redirect_uri: testRedirectUri,
    }).toString();
    const { code = '' } = await consentAtStandIn(url.toString());
    const exchanged = await token({ grant_type: 'authorization_code', code });
    expect(exchanged.status).toBe(200);
    return { code, refreshToken: exchanged.body.refresh_token ?? '' };
  }

  it('revokes the tokens refreshed from the first exchange too, and keeps the tokens of the same account’s other codes', async () => {
    const first = await exchangedCode();
    const refreshed = await token({ grant_type: 'refresh_token', refresh_token: first.refreshToken });
    expect(refreshed.status).toBe(200);
    const other = await exchangedCode();

    const replayed = await token({ grant_type: 'authorization_code', code: first.code });
    expect(replayed).toEqual({
      status: 400,
      body: {
        error: 'invalid_grant',
        error_description:
          'This authorization code has already been used. All tokens issued with this code have been revoked.',
      },
    });

    expect(await token({ grant_type: 'refresh_token', refresh_token: refreshed.body.refresh_token ?? '' })).toEqual({
      status: 400,
      body: { error: 'invalid_grant', error_description: 'This refresh token has been revoked.' },
    });
    expect((await token({ grant_type: 'refresh_token', refresh_token: other.refreshToken })).status).toBe(200);
  });

  it('no longer lets an app’s access token from the replayed code read the account', async () => {
    const install = new URL(`${standIn.url}/oauth/v2/authorize`);
    install.search = new URLSearchParams({
      client_id: 'ca_StandInDemoPlatform',
      state: 'state-apps',
      redirect_uri: testRedirectUri,
    }).toString();
    const { code = '' } = await installAtStandIn(install.toString());
    const appToken = (form: Record<string, string>) =>
      fetch(`${standIn.url}/v1/oauth/token`, {
        method: 'POST',
        headers: {
          Authorization: `Basic ${Buffer.from(`${standInSecretKey}:`).toString('base64')}`,
          'Content-Type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams(form),
      });
    const granted = (await (await appToken({ grant_type: 'authorization_code', code })).json()) as {
      access_token: string;
    };
    const account = () =>
      fetch(`${standIn.url}/v1/account`, { headers: { Authorization: `Bearer ${granted.access_token}` } });
    expect((await account()).status).toBe(200);
    expect((await appToken({ grant_type: 'authorization_code', code })).status).toBe(400);
    expect((await account()).status).toBe(401);
  });

  it('keeps the revocation when the account connects again with a new code', async () => {
    const first = await exchangedCode();
    expect((await token({ grant_type: 'authorization_code', code: first.code })).status).toBe(400);
    await exchangedCode();
    expect((await token({ grant_type: 'refresh_token', refresh_token: first.refreshToken })).status).toBe(400);
  });
});
