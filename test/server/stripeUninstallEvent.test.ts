import { stripeWebhookPath } from '../../server/operations/receiveStripeEvent';
import { standInWebhookSecret } from '../../server/standin/demoCredentials';
import { stripeSignature } from '../../server/common/stripeSignature';
import { signedInClient } from './support/backendClient';
import { connectStripeApp } from './support/connectStripeApp';
import { listedSource } from './support/listAllDataSources';
import { setUpServersWithAdmin } from './support/testServers';
import { uninstallAtStandIn } from './support/uninstallAtStandIn';

const env = setUpServersWithAdmin({ stripeMode: 'apps' });

/** An uninstall event for `account`, as Stripe's JSON. */
function deauthorizedEvent(account: string): string {
  return JSON.stringify({
    id: 'evt_test',
    object: 'event',
    account,
    type: 'account.application.deauthorized',
    data: { object: { id: 'ca_StandInDemoPlatform', object: 'application' } },
  });
}

function postEvent(payload: string, signature: string | undefined): Promise<Response> {
  return fetch(`${env.servers.backendUrl}/api/v1${stripeWebhookPath}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(signature !== undefined && { 'Stripe-Signature': signature }) },
    body: payload,
  });
}

const nowSeconds = () => Math.floor(env.servers.clock.now().getTime() / 1000);

it('marks every source of an account that uninstalls the app needs_reauthorization for access_revoked, in every session', async () => {
  const other = await signedInClient(env.servers.backendUrl);
  const mine = await connectStripeApp(env.admin);
  const theirs = await connectStripeApp(other);
  expect(theirs.connection).toBe(mine.connection);

  const answer = await uninstallAtStandIn(env.servers.standInUrl, mine.connection);
  expect(answer.status).toBe(303);
  for (const [client, source] of [
    [env.admin, mine],
    [other, theirs],
  ] as const) {
    expect(await listedSource(client.api, source.id)).toEqual({
      ...source,
      status: 'needs_reauthorization',
      statusReason: 'access_revoked',
    });
  }
  // Its tokens are gone with the access: nothing is refreshed for it any more.
  env.servers.clock.advance(58 * 60 * 1000);
  await env.servers.refreshDueTokens();
  expect(env.servers.logged).toEqual([]);
});

it('lists the installed accounts with an Uninstall button each on the stand-in', async () => {
  const source = await connectStripeApp(env.admin);
  const page = await (await fetch(`${env.servers.standInUrl}/apps/installs`)).text();
  expect(page).toContain(`Uninstall from ${source.connection}`);
});

it('accepts a correctly signed event and answers 200 { received: true }', async () => {
  const source = await connectStripeApp(env.admin);
  const payload = deauthorizedEvent(source.connection);
  const t = nowSeconds();
  const answer = await postEvent(payload, `t=${t},v1=${stripeSignature(standInWebhookSecret, t, payload)}`);
  expect(answer.status).toBe(200);
  expect(await answer.json()).toEqual({ received: true });
  expect((await listedSource(env.admin.api, source.id))?.statusReason).toBe('access_revoked');
});

describe('refuses an event it cannot trust with 400, changing nothing', () => {
  const cases: [string, (payload: string, t: number) => string | undefined, ((payload: string) => string)?][] = [
    ['without a Stripe-Signature header', () => undefined],
    ['signed with another secret', (payload, t) => `t=${t},v1=${stripeSignature('whsec_someone_else', t, payload)}`],
    [
      'whose body was changed after signing',
      (payload, t) => `t=${t},v1=${stripeSignature(standInWebhookSecret, t, payload.replace('evt_test', 'evt_other'))}`,
    ],
    [
      'signed more than five minutes ago (a replay)',
      (payload, t) => `t=${t - 301},v1=${stripeSignature(standInWebhookSecret, t - 301, payload)}`,
    ],
    ['with a malformed header', () => 'v1=abc,t=soon'],
    ['with only a v0 signature', (payload, t) => `t=${t},v0=${stripeSignature(standInWebhookSecret, t, payload)}`],
  ];

  it.each(cases)('%s', async (_case, sign) => {
    const source = await connectStripeApp(env.admin);
    const payload = deauthorizedEvent(source.connection);
    const answer = await postEvent(payload, sign(payload, nowSeconds()));
    expect(answer.status).toBe(400);
    expect(await answer.json()).toMatchObject({ error: { code: 'invalid_request' } });
    expect(await listedSource(env.admin.api, source.id)).toEqual(source);
  });
});

it('acknowledges an event of another type without changing anything', async () => {
  const source = await connectStripeApp(env.admin);
  const payload = JSON.stringify({
    id: 'evt_2',
    object: 'event',
    account: source.connection,
    type: 'customer.created',
  });
  const t = nowSeconds();
  expect((await postEvent(payload, `t=${t},v1=${stripeSignature(standInWebhookSecret, t, payload)}`)).status).toBe(200);
  expect(await listedSource(env.admin.api, source.id)).toEqual(source);
});
