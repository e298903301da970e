import { listen } from '../../server/http/listen';
import { productDataSources } from '../../src/testing/fixtures';
import { signedInClient, type BackendClient } from './support/backendClient';
import { grantAnswer, startScriptedStripe, type ScriptedAnswer, type StripeRequest } from './support/scriptedStripe';
import { startBackend, type TestBackend } from './support/startBackend';
import { testRedirectUri } from './support/testServers';
import { listAllDataSources } from './support/listAllDataSources';

const stripeSource = {
  ...productDataSources[0],
  id: 'ds_stripe',
  name: 'Stripe',
  integrationId: 'stripe',
  connection: 'acct_1',
};

const running: { close(): Promise<void> }[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

/** A backend whose Stripe is at `stripeUrl`, and an administrator signed in to it. */
async function backendWithStripeAt(stripeUrl: string): Promise<{ admin: BackendClient; backend: TestBackend }> {
  const backend = await startBackend(stripeUrl, [stripeSource]);
  running.push(backend);
  return { admin: await signedInClient(backend.url), backend };
}

async function scriptedStripe(answer: (request: StripeRequest) => ScriptedAnswer) {
  const stripe = await startScriptedStripe(answer);
  running.push(stripe);
  return stripe;
}

/** A Stripe that answers every request with `status` and `body`. */
async function stripeAnswering(status: number, body: string): Promise<string> {
  return (await scriptedStripe(() => ({ status, body }))).url;
}

async function unreachableStripe(): Promise<string> {
  const server = await listen(() => new Response(null), '127.0.0.1', 0);
  await server.close();
  return server.url;
}

async function completeWithStripeAt(stripeUrl: string) {
  const { admin, backend } = await backendWithStripeAt(stripeUrl);
  const { state } = await admin.api.startAuthorization({ integrationId: 'stripe', redirectUri: testRedirectUri });
  const answer = await admin.request('POST', '/authorizations/complete', { json: { state, code: 'ac_code' } });
  return { answer, logged: backend.logged, sources: await listAllDataSources(admin.api) };
}

describe('when the code exchange fails at Stripe', () => {
  it.each([
    ['Stripe cannot be reached', unreachableStripe],
    ['Stripe answers 500', () => stripeAnswering(500, '{"error":{"message":"boom"}}')],
    ['Stripe refuses the platform (invalid_client)', () => stripeAnswering(401, '{"error":"invalid_client"}')],
    ['Stripe answers 200 without the fields of a grant', () => stripeAnswering(200, '{"access_token":"sk_test_x"}')],
    ['Stripe answers something that is not JSON', () => stripeAnswering(200, '<html>')],
  ])('answers 502 provider_error when %s, logs why, and creates nothing', async (_case, stripeUrl) => {
    const { answer, logged, sources } = await completeWithStripeAt(await stripeUrl());
    expect(answer.status).toBe(502);
    expect(answer.body).toEqual({ error: { code: 'provider_error', message: expect.any(String) } });
    expect(answer.text).not.toContain('sk_test_');
    expect(logged).toEqual([expect.stringContaining('Code exchange failed.')]);
    expect(sources).toEqual([stripeSource]);
  });
});

describe('retrying after provider_error', () => {
  /** A Stripe whose token endpoint fails `failures` times with 503, then grants acct_2. */
  async function stripeFailingFirst(failures: number) {
    let remaining = failures;
    return scriptedStripe(() => {
      if (remaining === 0) return grantAnswer('acct_2');
      remaining -= 1;
      return { status: 503, body: '{"error":{"message":"unavailable"}}' };
    });
  }

  async function startAndFail(failures: number) {
    const stripe = await stripeFailingFirst(failures);
    const { admin } = await backendWithStripeAt(stripe.url);
    const { state } = await admin.api.startAuthorization({ integrationId: 'stripe', redirectUri: testRedirectUri });
    const complete = (code: string) => admin.request('POST', '/authorizations/complete', { json: { state, code } });
    expect((await complete('ac_code')).status).toBe(502);
    return { stripe, admin, complete };
  }

  it('exchanges the same code again and connects, once', async () => {
    const { stripe, admin, complete } = await startAndFail(1);
    const retry = await complete('ac_code');
    expect(retry.status).toBe(200);
    expect(retry.body).toMatchObject({
      dataSource: { integrationId: 'stripe', connection: 'acct_2', status: 'syncing' },
    });
    expect(stripe.requests.map(({ path, form }) => `${path} ${form.get('code')}`)).toEqual([
      '/oauth/token ac_code',
      '/oauth/token ac_code',
    ]);
    // A repeat of the successful request answers the same source, without asking Stripe again.
    expect((await complete('ac_code')).body).toEqual(retry.body);
    expect(stripe.requests).toHaveLength(2);
    expect((await listAllDataSources(admin.api)).map(({ connection }) => connection).sort()).toEqual([
      'acct_1',
      'acct_2',
    ]);
  });

  it('keeps retrying while Stripe keeps failing', async () => {
    const { complete } = await startAndFail(2);
    expect((await complete('ac_code')).status).toBe(502);
    expect((await complete('ac_code')).status).toBe(200);
  });

  it('keeps the state for the code that failed: another code is 409 state_used, and nothing is exchanged', async () => {
    const { stripe, complete } = await startAndFail(1);
    const other = await complete('ac_other');
    expect(other.status).toBe(409);
    expect(other.body).toMatchObject({ error: { code: 'state_used' } });
    expect(stripe.requests).toHaveLength(1);
    expect((await complete('ac_code')).status).toBe(200);
  });
});

describe('when deauthorization fails at Stripe', () => {
  it('still deletes the source (204) and logs the failure', async () => {
    const { admin, backend } = await backendWithStripeAt(await unreachableStripe());
    expect((await admin.request('DELETE', '/data-sources/ds_stripe')).status).toBe(204);
    expect(await listAllDataSources(admin.api)).toEqual([]);
    expect(backend.logged).toEqual([expect.stringContaining('Could not deauthorize acct_1 at Stripe.')]);
  });
});
