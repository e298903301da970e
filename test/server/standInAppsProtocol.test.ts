import { standInSecretKey } from '../../server/standin/demoCredentials';
import { installAtStandIn } from './support/installAtStandIn';
import { readForms } from './support/readForms';
import { startStandIn } from './support/startStandIn';
import { testRedirectUri } from './support/testServers';
import { uninstallAtStandIn } from './support/uninstallAtStandIn';

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
  const uninstall = await uninstallAtStandIn(standIn.url, String(tokens.stripe_user_id));
  expect(uninstall.status).toBe(303);
  expect(await accountStatus(tokens.access_token)).toBe(401);
  expect((await token({ grant_type: 'refresh_token', refresh_token: String(tokens.refresh_token) })).status).toBe(400);
});

describe('POST /apps/uninstall, which only the installs page may send', () => {
  /** The installs page as one browser sees it: the cookie it set, and the form token its forms carry. */
  async function installsPage(cookie?: string) {
    const page = await fetch(`${standIn.url}/apps/installs`, {
      headers: cookie === undefined ? {} : { Cookie: cookie },
    });
    const setCookie = page.headers.get('set-cookie') ?? '';
    const formToken = readForms(await page.text())[0]?.fields.get('form_token') ?? '';
    return { setCookie, cookie: cookie ?? setCookie.split(';')[0] ?? '', formToken };
  }

  function uninstall(account: string, fields: Record<string, string>, cookie?: string): Promise<Response> {
    return fetch(`${standIn.url}/apps/uninstall`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...(cookie !== undefined && { Cookie: cookie }) },
      body: new URLSearchParams({ account, ...fields }),
      redirect: 'manual',
    });
  }

  async function expectRefused(answer: Promise<Response>): Promise<void> {
    const response = await answer;
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('Uninstall not confirmed');
  }

  it("refuses an uninstall without the installs page's form token with 403, and the app stays installed", async () => {
    const tokens = await installed();
    const account = String(tokens.stripe_user_id);
    await expectRefused(uninstall(account, {}));
    await expectRefused(uninstall(account, {}, (await installsPage()).cookie));
    expect(await accountStatus(tokens.access_token)).toBe(200);
  });

  it("refuses another browser's form token, a token without its cookie, and the cookie's value as the token", async () => {
    const tokens = await installed();
    const account = String(tokens.stripe_user_id);
    const mine = await installsPage();
    const theirs = await installsPage();
    expect(mine.formToken).not.toBe(theirs.formToken);
    await expectRefused(uninstall(account, { form_token: theirs.formToken }, mine.cookie));
    await expectRefused(uninstall(account, { form_token: mine.formToken }));
    await expectRefused(uninstall(account, { form_token: mine.cookie.split('=')[1] ?? '' }, mine.cookie));
    expect(await accountStatus(tokens.access_token)).toBe(200);
    expect((await uninstall(account, { form_token: mine.formToken }, mine.cookie)).status).toBe(303);
  });

  it('binds the token to a cookie no other site can make a browser send (HttpOnly, SameSite=Strict), set once', async () => {
    await installed();
    const first = await installsPage();
    expect(first.cookie).toMatch(/^stand_in_browser=[A-Za-z0-9_-]{43}$/);
    expect(first.setCookie.split('; ').slice(1).sort()).toEqual(['HttpOnly', 'Path=/apps', 'SameSite=Strict']);
    const again = await installsPage(first.cookie);
    expect(again.setCookie).toBe('');
    expect(again.formToken).toBe(first.formToken);
  });
});
