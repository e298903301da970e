import { stripeSignature } from '../../server/common/stripeSignature';
import { errorMessages } from '../../server/operations/ApiError';
import { stripeWebhookPath } from '../../server/operations/receiveStripeEvent';
import { standInWebhookSecret } from '../../server/standin/demoCredentials';
import { verifyStripeSignature } from '../../server/stripe/verifyStripeSignature';
import { connectStripeApp } from './support/connectStripeApp';
import { listedSource } from './support/listAllDataSources';
import { setUpServersWithAdmin } from './support/testServers';

/**
 * `Stripe-Signature` read exactly as Stripe documents it: `t=<unix seconds>`, one or more
 * `v1=<64 lowercase hex>`, other schemes (`v0`, the fake one of test mode) and elements ignored.
 */

const secret = 'whsec_test_secret';
const payload = '{"id":"evt_1","object":"event"}';
const now = new Date('2026-03-01T12:00:00Z');
const t = Math.floor(now.getTime() / 1000);
const v1 = stripeSignature(secret, t, payload);
const other = stripeSignature('whsec_someone_else', t, payload);

const check = (header: string) => verifyStripeSignature(header, payload, secret, now);

describe('accepts a header as Stripe sends it', () => {
  it.each([
    ['t and one v1', `t=${t},v1=${v1}`],
    ['two v1 (a secret being rolled), the second matching', `t=${t},v1=${other},v1=${v1}`],
    ['a v0 beside (test mode)', `t=${t},v1=${v1},v0=${other}`],
    ['t after the signatures', `v1=${v1},t=${t}`],
    ['an unknown scheme beside', `t=${t},v2=${'ab'.repeat(40)},v1=${v1}`],
  ])('%s', (_case, header) => {
    expect(check(header)).toEqual({ kind: 'verified', signedAt: t });
  });
});

describe('refuses a malformed header', () => {
  it.each([
    ['a v1 in upper case', `t=${t},v1=${v1.toUpperCase()}`],
    ['junk after the 64 hex digits', `t=${t},v1=${v1}zz`],
    ['more hex after the 64 digits', `t=${t},v1=${v1}00`],
    ['a v1 shorter than 64 digits', `t=${t},v1=${v1.slice(0, 62)}`],
    ['a well-formed v1 beside one with junk', `t=${t},v1=${v1},v1=${other}!`],
    ['a t with a fraction', `t=${t}.5,v1=${v1}`],
    ['a t in exponent notation', `t=${(t / 1e9).toString()}e9,v1=${v1}`],
    ['a t with a sign', `t=+${t},v1=${v1}`],
    ['a t in hex', `t=0x${t.toString(16)},v1=${v1}`],
    ['an empty t', `t=,v1=${v1}`],
    ['a duplicated t', `t=${t},t=${t},v1=${v1}`],
    ['a second t that differs', `t=${t},v1=${v1},t=${t + 1}`],
    ['no t', `v1=${v1}`],
    ['no v1 (only the v0 of test mode)', `t=${t},v0=${v1}`],
    ['an element without a value', `t=${t},v1=${v1},junk`],
    ['an empty element', `t=${t},,v1=${v1}`],
    ['a space after a comma', `t=${t}, v1=${v1}`],
    ['a space around the value', `t=${t},v1= ${v1}`],
    ['a name in upper case', `T=${t},V1=${v1}`],
  ])('%s', (_case, header) => {
    expect(check(header)).toEqual({ kind: 'refused', reason: 'The Stripe-Signature header is malformed.' });
  });
});

it('refuses a well-formed header whose v1 does not match, or whose t is outside five minutes', () => {
  expect(check(`t=${t},v1=${other}`)).toEqual({ kind: 'refused', reason: 'No signature matches the payload.' });
  const old = t - 301;
  expect(check(`t=${old},v1=${stripeSignature(secret, old, payload)}`)).toEqual({
    kind: 'refused',
    reason: 'The signature is outside the tolerance.',
  });
});

describe('at the webhook', () => {
  const env = setUpServersWithAdmin({ stripeMode: 'apps' });

  // Each was taken as a good signature before: parsed loosely, the header still matched.
  it.each([
    ['upper-case hex', (at: number, signature: string) => `t=${at},v1=${signature.toUpperCase()}`],
    ['junk after the hex', (at: number, signature: string) => `t=${at},v1=${signature}junk`],
    ['a t in hex', (at: number, signature: string) => `t=0x${at.toString(16)},v1=${signature}`],
    ['a t with a sign', (at: number, signature: string) => `t=+${at},v1=${signature}`],
    ['a duplicated t', (at: number, signature: string) => `t=${at},t=${at - 1000},v1=${signature}`],
  ])('refuses an uninstall whose header has %s: 400, nothing changed', async (_case, header) => {
    const source = await connectStripeApp(env.admin);
    const event = JSON.stringify({
      id: 'evt_spoilt',
      object: 'event',
      account: source.connection,
      created: Math.floor(env.servers.clock.now().getTime() / 1000),
      type: 'account.application.deauthorized',
    });
    const at = Math.floor(env.servers.clock.now().getTime() / 1000);
    const answer = await fetch(`${env.servers.backendUrl}/api/v1${stripeWebhookPath}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Stripe-Signature': header(at, stripeSignature(standInWebhookSecret, at, event)),
      },
      body: event,
    });
    expect(answer.status).toBe(400);
    expect(await answer.json()).toEqual({
      error: { code: 'invalid_request', message: errorMessages.invalid_request },
    });
    expect(await listedSource(env.admin.api, source.id)).toEqual(source);
    expect(env.servers.logged).toEqual([
      "Refused with 400 invalid_request: The event's signature: The Stripe-Signature header is malformed.",
    ]);
  });
});
