import { standInAccount, standInClientId, standInSecretKey } from '../../server/standin/demoCredentials';
import { consentAtStandIn } from './support/consentAtStandIn';
import { startStandIn } from './support/startStandIn';
import { readForms } from './support/readForms';
import { submitForm } from './support/submitForm';
import { testRedirectUri } from './support/testServers';

let standIn: Awaited<ReturnType<typeof startStandIn>>;

beforeEach(async () => {
  standIn = await startStandIn();
});

afterEach(async () => {
  await standIn.close();
});

function authorizeUrl(overrides: Record<string, string | undefined> = {}): string {
  const query = new URLSearchParams();
  const parameters = {
    response_type: 'code',
    client_id: standInClientId,
    scope: 'read_only',
    state: 'state-123',
    redirect_uri: testRedirectUri,
    stripe_landing: 'login',
    ...overrides,
  };
  for (const [name, value] of Object.entries(parameters)) if (value !== undefined) query.set(name, value);
  return `${standIn.url}/oauth/authorize?${query}`;
}

function basic(secretKey: string): string {
  return `Basic ${Buffer.from(`${secretKey}:`).toString('base64')}`;
}

/** The secret key as Basic credentials (a string), as a Bearer token, or none at all (null). */
type Credentials = string | { bearer: string } | null;

function authorization(credentials: Credentials): Record<string, string> {
  if (credentials === null) return {};
  return { Authorization: typeof credentials === 'string' ? basic(credentials) : `Bearer ${credentials.bearer}` };
}

/** A form POST to the platform API, authenticated by `credentials`. */
function postForm(path: string, form: Record<string, string>, credentials: Credentials = standInSecretKey) {
  return fetch(`${standIn.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...authorization(credentials) },
    body: new URLSearchParams(form),
    redirect: 'manual',
  });
}

async function newCode(): Promise<string> {
  const { code } = await consentAtStandIn(authorizeUrl());
  if (!code) throw new Error('The stand-in sent no code.');
  return code;
}

describe('GET /oauth/authorize', () => {
  it('shows the access request page for a registered platform and redirect URI', async () => {
    const response = await fetch(authorizeUrl(), { redirect: 'manual' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).toContain('Stripe stand-in');
    expect(html).toContain('<strong>Connections widget demo</strong> is asking for <strong>read-only access</strong>');
    expect(html).toContain('>Sign in with Stripe to Continue</button>');
    expect(html).toContain('>Deny access</button>');
  });

  it('names read and write access when the platform asks for read_write', async () => {
    const html = await (await fetch(authorizeUrl({ scope: 'read_write' }))).text();
    expect(html).toContain('<strong>read and write access</strong>');
  });

  it.each([
    ['an unknown client_id', { client_id: 'ca_someoneElse' }, 'Unknown platform'],
    ['no client_id', { client_id: undefined }, 'Unknown platform'],
    ['an unregistered redirect_uri', { redirect_uri: 'https://evil.example/callback' }, 'Invalid redirect URI'],
    ['a redirect_uri with an extra path', { redirect_uri: `${testRedirectUri}/more` }, 'Invalid redirect URI'],
    ['a redirect_uri with an added query', { redirect_uri: `${testRedirectUri}?next=x` }, 'Invalid redirect URI'],
    ['a redirect_uri with a trailing slash', { redirect_uri: `${testRedirectUri}/` }, 'Invalid redirect URI'],
  ])('ends on an error page, never a redirect, for %s', async (_case, overrides, heading) => {
    const response = await fetch(authorizeUrl(overrides), { redirect: 'manual' });
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
    expect(await response.text()).toContain(`<h1 class="card__title">${heading}</h1>`);
  });

  it('uses the first registered redirect URI when the request names none, as Stripe does', async () => {
    const answer = await consentAtStandIn(authorizeUrl({ redirect_uri: undefined }));
    expect(answer.code).toMatch(/^ac_/);
  });

  it.each([
    ['response_type is not code', { response_type: 'token' }, 'unsupported_response_type'],
    ['the scope is unknown', { scope: 'everything' }, 'invalid_scope'],
  ])('sends the browser back with an error when %s', async (_case, overrides, error) => {
    const response = await fetch(authorizeUrl(overrides), { redirect: 'manual' });
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location') ?? '');
    expect(`${location.origin}${location.pathname}`).toBe(testRedirectUri);
    expect(location.searchParams.get('error')).toBe(error);
    expect(location.searchParams.get('state')).toBe('state-123');
  });
});

describe('the consent pages', () => {
  it('signs the demo account in and sends the browser back with code, scope and state', async () => {
    const accessPage = await fetch(authorizeUrl(), { redirect: 'manual' });
    const signIn = await submitForm(accessPage, 'Sign in with Stripe to Continue');
    expect(signIn.status).toBe(200);
    const back = await submitForm(signIn, 'Sign in to your account', { ...standInAccount });
    expect(back.status).toBe(302);
    const location = new URL(back.headers.get('location') ?? '');
    expect(`${location.origin}${location.pathname}`).toBe(testRedirectUri);
    expect([...location.searchParams.keys()].sort()).toEqual(['code', 'scope', 'state']);
    expect(location.searchParams.get('code')).toMatch(/^ac_[A-Za-z0-9_-]{43}$/);
    expect(location.searchParams.get('scope')).toBe('read_only');
    expect(location.searchParams.get('state')).toBe('state-123');
  });

  it('sends the browser back with access_denied when the user denies access', async () => {
    expect(await consentAtStandIn(authorizeUrl(), 'deny')).toEqual({
      state: 'state-123',
      error: 'access_denied',
      errorDescription: 'The user denied your request',
    });
  });

  it('refuses wrong credentials with an alert, keeping the email', async () => {
    const signIn = await submitForm(await fetch(authorizeUrl()), 'Sign in with Stripe to Continue');
    const again = await submitForm(signIn, 'Sign in to your account', {
      email: standInAccount.email,
      password: 'wrong',
    });
    expect(again.status).toBe(200);
    const html = await again.text();
    expect(html).toContain('role="alert">The email or password is not correct.</p>');
    expect(html).toContain(`value="${standInAccount.email}"`);
    expect(html).toContain('>Sign in to your account</button>');
  });

  it('refuses an unknown email even with the demo password', async () => {
    const signIn = await submitForm(await fetch(authorizeUrl()), 'Sign in with Stripe to Continue');
    const again = await submitForm(signIn, 'Sign in to your account', {
      email: 'someone@example.com',
      password: standInAccount.password,
    });
    expect(again.status).toBe(200);
    expect(await again.text()).toContain('role="alert"');
  });

  it('lets a request be finished only once', async () => {
    const signIn = await submitForm(await fetch(authorizeUrl()), 'Sign in with Stripe to Continue');
    const [form] = readForms(await signIn.text());
    const submission = { request: form?.fields.get('request') ?? '', ...standInAccount };
    expect((await postForm('/oauth/sign-in', submission, null)).status).toBe(302);
    const replay = await postForm('/oauth/sign-in', submission, null);
    expect(replay.status).toBe(400);
    expect(replay.headers.get('location')).toBeNull();
    expect(await replay.text()).toContain('This request has ended');
  });

  it('refuses a sign-in for a request it does not know', async () => {
    const response = await postForm('/oauth/sign-in', { request: 'forged', ...standInAccount }, null);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('This request has ended');
  });
});

describe('POST /oauth/token', () => {
  it("answers in Stripe's shape for a fresh code", async () => {
    const response = await postForm('/oauth/token', { grant_type: 'authorization_code', code: await newCode() });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      access_token: expect.stringMatching(/^sk_test_/),
      refresh_token: expect.stringMatching(/^rt_test_/),
      token_type: 'bearer',
      stripe_publishable_key: expect.stringMatching(/^pk_test_/),
      stripe_user_id: expect.stringMatching(/^acct_[0-9a-f]{16}$/),
      scope: 'read_only',
      livemode: false,
    });
  });

  it('accepts the secret key as a Bearer token, as Stripe does', async () => {
    const response = await postForm(
      '/oauth/token',
      { grant_type: 'authorization_code', code: await newCode() },
      { bearer: standInSecretKey },
    );
    expect(response.status).toBe(200);
  });

  it('accepts the secret key as client_secret too', async () => {
    const response = await postForm(
      '/oauth/token',
      { grant_type: 'authorization_code', code: await newCode(), client_secret: standInSecretKey },
      null,
    );
    expect(response.status).toBe(200);
  });

  it.each([
    ['no key', null],
    ['another key', 'sk_test_someone_else'],
    ['another key as a Bearer token', { bearer: 'sk_test_someone_else' }],
  ])('refuses a caller with %s as invalid_client', async (_case, secretKey) => {
    const response = await postForm(
      '/oauth/token',
      { grant_type: 'authorization_code', code: await newCode() },
      secretKey,
    );
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: 'invalid_client' });
  });

  it('refuses another grant type', async () => {
    const response = await postForm('/oauth/token', { grant_type: 'password', code: await newCode() });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'unsupported_grant_type' });
  });

  it('refuses a request without a code as invalid_request', async () => {
    const response = await postForm('/oauth/token', { grant_type: 'authorization_code' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid_request' });
  });

  it('refuses an unknown code as invalid_grant', async () => {
    const response = await postForm('/oauth/token', { grant_type: 'authorization_code', code: 'ac_made_up' });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: 'invalid_grant',
      error_description: 'Authorization code does not exist: ac_made_up',
    });
  });

  it('refuses a used code as invalid_grant and revokes the tokens it granted, not the account', async () => {
    const code = await newCode();
    const first = (await (await postForm('/oauth/token', { grant_type: 'authorization_code', code })).json()) as {
      stripe_user_id: string;
      refresh_token: string;
    };
    const replay = await postForm('/oauth/token', { grant_type: 'authorization_code', code });
    expect(replay.status).toBe(400);
    expect(await replay.json()).toMatchObject({
      error: 'invalid_grant',
      error_description: expect.stringContaining('already been used'),
    });
    const refresh = await postForm('/oauth/token', { grant_type: 'refresh_token', refresh_token: first.refresh_token });
    expect(refresh.status).toBe(400);
    expect(await refresh.json()).toEqual({
      error: 'invalid_grant',
      error_description: 'This refresh token has been revoked.',
    });
    // Still connected: the tokens of the account's other codes are not the replayed code's.
    const deauthorize = await postForm('/oauth/deauthorize', {
      client_id: standInClientId,
      stripe_user_id: first.stripe_user_id,
    });
    expect(deauthorize.status).toBe(200);
  });

  it('refuses a code older than five minutes as invalid_grant', async () => {
    const code = await newCode();
    standIn.clock.advance(5 * 60 * 1000);
    const response = await postForm('/oauth/token', { grant_type: 'authorization_code', code });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: 'invalid_grant',
      error_description: `Authorization code expired: ${code}`,
    });
  });

  it('accepts a code just under five minutes old', async () => {
    const code = await newCode();
    standIn.clock.advance(5 * 60 * 1000 - 1);
    expect((await postForm('/oauth/token', { grant_type: 'authorization_code', code })).status).toBe(200);
  });

  it('refuses a JSON body: Stripe takes form-encoded parameters', async () => {
    const response = await fetch(`${standIn.url}/oauth/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: basic(standInSecretKey) },
      body: JSON.stringify({ grant_type: 'authorization_code', code: await newCode() }),
    });
    expect(response.status).toBe(415);
    expect(await response.json()).toMatchObject({ error: 'invalid_request' });
  });
});

describe('POST /oauth/deauthorize', () => {
  async function connectedAccount(): Promise<string> {
    const response = await postForm('/oauth/token', { grant_type: 'authorization_code', code: await newCode() });
    return ((await response.json()) as { stripe_user_id: string }).stripe_user_id;
  }

  it('disconnects a connected account, once', async () => {
    const stripeUserId = await connectedAccount();
    const response = await postForm('/oauth/deauthorize', { client_id: standInClientId, stripe_user_id: stripeUserId });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ stripe_user_id: stripeUserId });
    const again = await postForm('/oauth/deauthorize', { client_id: standInClientId, stripe_user_id: stripeUserId });
    expect(again.status).toBe(401);
    expect(await again.json()).toMatchObject({
      error: 'invalid_client',
      error_description: expect.stringContaining('not connected'),
    });
  });

  it('accepts the secret key as a Bearer token, as Stripe does', async () => {
    const stripeUserId = await connectedAccount();
    const form = { client_id: standInClientId, stripe_user_id: stripeUserId };
    expect((await postForm('/oauth/deauthorize', form, { bearer: standInSecretKey })).status).toBe(200);
  });

  it('refuses another platform or a wrong key as invalid_client', async () => {
    const stripeUserId = await connectedAccount();
    const otherClient = await postForm('/oauth/deauthorize', { client_id: 'ca_other', stripe_user_id: stripeUserId });
    expect(otherClient.status).toBe(401);
    const wrongKey = await postForm(
      '/oauth/deauthorize',
      { client_id: standInClientId, stripe_user_id: stripeUserId },
      'sk_test_wrong',
    );
    expect(wrongKey.status).toBe(401);
    // Neither call disconnected the account.
    expect(
      (await postForm('/oauth/deauthorize', { client_id: standInClientId, stripe_user_id: stripeUserId })).status,
    ).toBe(200);
  });

  it('refuses a request without stripe_user_id as invalid_request', async () => {
    const response = await postForm('/oauth/deauthorize', { client_id: standInClientId });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid_request' });
  });
});

it('answers an unknown path with a 404 page', async () => {
  const response = await fetch(`${standIn.url}/v1/charges`);
  expect(response.status).toBe(404);
  expect(await response.text()).toContain('Page not found');
});
