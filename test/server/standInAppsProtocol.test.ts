import { standInSecretKey } from '../../server/standin/demoCredentials';
import { installAtStandIn } from './support/installAtStandIn';
import { startStandIn } from './support/startStandIn';
import { testRedirectUri } from './support/testServers';

let standIn: Awaited<ReturnType<typeof startStandIn>>;

beforeEach(async () => {
  standIn = await startStandIn();
});

afterEach(async () => {
  await standIn.close();
});

async function token(form: Record<string, string>): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${standIn.url}/v1/oauth/token`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Authorization: `Basic ${Buffer.from(`${standInSecretKey}:`).toString('base64')}`,
    },
    body: new URLSearchParams(form),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function installed(): Promise<Record<string, unknown>> {
  const query = new URLSearchParams({ client_id: 'ca_StandInDemoPlatform', redirect_uri: testRedirectUri, state: 's' });
  const { code = '' } = await installAtStandIn(`${standIn.url}/oauth/v2/authorize?${query}`);
  const answer = await token({ grant_type: 'authorization_code', code });
  expect(answer.status).toBe(200);
  return answer.body;
}

async function accountStatus(accessToken: unknown): Promise<number> {
  return (await fetch(`${standIn.url}/v1/account`, { headers: { Authorization: `Bearer ${String(accessToken)}` } }))
    .status;
}

it("answers an install's code at /v1/oauth/token in Stripe's shape, with scope stripe_apps", async () => {
  expect(await installed()).toEqual({
    access_token: expect.stringMatching(/^sk_test_app_/),
    refresh_token: expect.stringMatching(/^rt_test_/),
    token_type: 'bearer',
    stripe_publishable_key: expect.stringMatching(/^pk_test_/),
    stripe_user_id: expect.stringMatching(/^acct_[0-9a-f]{16}$/),
    scope: 'stripe_apps',
    livemode: false,
  });
});

it('rotates the refresh token: each refresh answers a new one, and a spent one is refused as invalid_grant', async () => {
  const first = await installed();
  const refreshed = await token({ grant_type: 'refresh_token', refresh_token: String(first.refresh_token) });
  expect(refreshed.status).toBe(200);
  expect(refreshed.body.refresh_token).not.toBe(first.refresh_token);
  expect(refreshed.body.access_token).not.toBe(first.access_token);
  const again = await token({ grant_type: 'refresh_token', refresh_token: String(first.refresh_token) });
  expect(again).toEqual({ status: 400, body: { error: 'invalid_grant', error_description: expect.any(String) } });
  expect(
    (await token({ grant_type: 'refresh_token', refresh_token: String(refreshed.body.refresh_token) })).status,
  ).toBe(200);
});

it('lets an access token read the account for an hour, and not after', async () => {
  const { access_token: accessToken } = await installed();
  expect(await accountStatus(accessToken)).toBe(200);
  standIn.clock.advance(60 * 60 * 1000 - 1000);
  expect(await accountStatus(accessToken)).toBe(200);
  standIn.clock.advance(1000);
  expect(await accountStatus(accessToken)).toBe(401);
  expect(await accountStatus('sk_test_app_made_up')).toBe(401);
});

it('revokes the tokens of an account that uninstalls the app', async () => {
  const tokens = await installed();
  const uninstall = await fetch(`${standIn.url}/apps/uninstall`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ account: String(tokens.stripe_user_id) }),
    redirect: 'manual',
  });
  expect(uninstall.status).toBe(303);
  expect(await accountStatus(tokens.access_token)).toBe(401);
  expect((await token({ grant_type: 'refresh_token', refresh_token: String(tokens.refresh_token) })).status).toBe(400);
});
