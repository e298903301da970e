import type { RequestListener } from 'node:http';
import { createBackend } from '../../server/backend/createBackend';
import { createStripeClient } from '../../server/backend/stripeClient';
import { listen, type ListeningServer } from '../../server/http/listen';
import { productDataSources } from '../../src/testing/fixtures';
import { signedInClient } from './support/backendClient';
import { testRedirectUri } from './support/testServers';

const stripeSource = { ...productDataSources[0], id: 'ds_stripe', name: 'Stripe', integrationId: 'stripe', connection: 'acct_1' };

const running: ListeningServer[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

/** A backend whose Stripe is at `stripeUrl`, with what it logs. */
async function backendWithStripeAt(stripeUrl: string) {
  const logged: string[] = [];
  const stripe = createStripeClient({ baseUrl: stripeUrl, clientId: 'ca_test', secretKey: 'sk_test_key' });
  const backend = await listen(
    createBackend({ stripe, redirectUris: [testRedirectUri], seedDataSources: [stripeSource], log: (line) => logged.push(line) }),
    '127.0.0.1',
    0,
  );
  running.push(backend);
  return { admin: await signedInClient(backend.url), logged };
}

/** A Stripe that answers every request with `status` and `body`. */
async function stripeAnswering(status: number, body: string): Promise<string> {
  const listener: RequestListener = (_request, response) => {
    response.writeHead(status, { 'Content-Type': 'application/json' });
    response.end(body);
  };
  const server = await listen(listener, '127.0.0.1', 0);
  running.push(server);
  return server.url;
}

async function unreachableStripe(): Promise<string> {
  const server = await listen(() => undefined, '127.0.0.1', 0);
  await server.close();
  return server.url;
}

async function completeWithStripeAt(stripeUrl: string) {
  const { admin, logged } = await backendWithStripeAt(stripeUrl);
  const { state } = await admin.api.startAuthorization({ integrationId: 'stripe', redirectUri: testRedirectUri });
  const answer = await admin.request('POST', '/authorizations/complete', { json: { state, code: 'ac_code' } });
  return { answer, logged, sources: await admin.api.listDataSources() };
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

describe('when deauthorization fails at Stripe', () => {
  it('still deletes the source (204) and logs the failure', async () => {
    const { admin, logged } = await backendWithStripeAt(await unreachableStripe());
    expect((await admin.request('DELETE', '/data-sources/ds_stripe')).status).toBe(204);
    expect(await admin.api.listDataSources()).toEqual([]);
    expect(logged).toEqual([expect.stringContaining('Could not deauthorize acct_1 at Stripe.')]);
  });
});
