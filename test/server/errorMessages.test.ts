import { errorMessages } from '../../server/operations/ApiError';
import { stripeWebhookPath } from '../../server/operations/receiveStripeEvent';
import type { KnownErrorCode } from '../../src/api/contractLists';
import type { RawAnswer } from './support/backendClient';
import { consentAtStandIn } from './support/consentAtStandIn';
import { setUpServersWithAdmin, testRedirectUri } from './support/testServers';

/**
 * What reaches the browser in an error body: the code's own fixed message (errorMessages), never
 * what the request sent, what Stripe answered or what the schema validator said. The server's
 * log gets why, on one line, with what the request sent quoted.
 */
const env = setUpServersWithAdmin();

const hostile = '<img src=x onerror=alert(1)>';

interface Case {
  /** Sends the request that is refused. */
  send(): Promise<RawAnswer>;
  status: number;
  code: KnownErrorCode;
  /** What the answer must not carry: the input, or Stripe's own words. */
  absent: string[];
  /** What the log says instead. */
  logged: string;
}

async function startStripe(redirectUri = testRedirectUri): Promise<RawAnswer> {
  return env.admin.request('POST', '/integrations/stripe/authorizations', { json: { redirectUri } });
}

async function completeWith(code: (state: string, authorizationUrl: string) => Promise<string>): Promise<RawAnswer> {
  const { state, authorizationUrl } = (await startStripe()).body as { state: string; authorizationUrl: string };
  return env.admin.request('POST', '/authorizations/complete', {
    json: { state, code: await code(state, authorizationUrl) },
  });
}

const cases: [string, Case][] = [
  [
    'an unregistered redirect URI',
    {
      send: () => startStripe('https://evil.example/callback'),
      status: 400,
      code: 'redirect_uri_not_allowed',
      absent: ['evil.example', 'is not a registered redirect URI'],
      logged: '"https://evil.example/callback" is not a registered redirect URI.',
    },
  ],
  [
    'a code Stripe does not know',
    {
      send: () => completeWith(async () => 'ac_made_up_by_someone'),
      status: 400,
      code: 'code_invalid',
      absent: ['ac_made_up_by_someone', 'Authorization code does not exist'],
      logged: 'Stripe refused the authorization code: "Authorization code does not exist: ac_made_up_by_someone"',
    },
  ],
  [
    'a body the schema refuses',
    {
      send: () =>
        env.admin.request('POST', '/integrations/stripe/authorizations', {
          json: { redirectUri: testRedirectUri, [hostile]: hostile },
        }),
      status: 400,
      code: 'invalid_request',
      absent: ['must', 'additional', hostile],
      logged: 'The body does not fit its schema: body must NOT have additional properties',
    },
  ],
  [
    'a denied consent with a description of its own',
    {
      send: async () => {
        const { state } = (await startStripe()).body as { state: string };
        return env.admin.request('POST', '/authorizations/complete', {
          json: { state, error: 'access_denied', errorDescription: hostile },
        });
      },
      status: 400,
      code: 'access_denied',
      absent: [hostile],
      logged: `The callback said ${JSON.stringify(`access_denied: ${hostile}`)}.`,
    },
  ],
  [
    'an unknown query parameter',
    {
      send: () => env.admin.request('GET', `/data-sources?${encodeURIComponent(hostile)}=1`),
      status: 400,
      code: 'invalid_request',
      absent: [hostile, 'Unknown query parameter'],
      logged: `Unknown query parameter ${JSON.stringify(hostile)}.`,
    },
  ],
  [
    'a data source id that names nothing',
    {
      send: () => env.admin.request('DELETE', '/data-sources/ds_nothing_here'),
      status: 404,
      code: 'not_found',
      absent: ['ds_nothing_here'],
      logged: 'There is no data source "ds_nothing_here".',
    },
  ],
  [
    'an integration not connected through an authorization',
    {
      send: () =>
        env.admin.request('POST', '/integrations/mysql/authorizations', { json: { redirectUri: testRedirectUri } }),
      status: 400,
      code: 'invalid_request',
      absent: ['mysql'],
      logged: '"mysql" is not connected through an authorization; only Stripe is.',
    },
  ],
  [
    'an event whose signature does not verify',
    {
      send: async () => {
        const response = await fetch(`${env.servers.backendUrl}/api/v1${stripeWebhookPath}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Stripe-Signature': `t=1,v1=${'0'.repeat(64)}` },
          body: '{}',
        });
        const text = await response.text();
        return { status: response.status, headers: response.headers, text, body: JSON.parse(text) as unknown };
      },
      status: 400,
      code: 'invalid_request',
      absent: ['signature', 'tolerance'],
      logged: "The event's signature: The signature is outside the tolerance.",
    },
  ],
];

describe('an error body carries its code’s fixed message, and the log says why', () => {
  it.each(cases)('%s', async (_case, { send, status, code, absent, logged }) => {
    const answer = await send();

    expect(answer.status).toBe(status);
    expect(answer.body).toEqual({ error: { code, message: errorMessages[code] } });
    for (const text of absent) expect(answer.text).not.toContain(text);
    expect(env.servers.logged).toEqual([`Refused with ${status} ${code}: ${logged}`]);
  });
});

it('answers a code replayed under a new state without Stripe’s words or the code', async () => {
  const first = (await startStripe()).body as { state: string; authorizationUrl: string };
  const { code = '' } = await consentAtStandIn(first.authorizationUrl);
  expect(
    (await env.admin.request('POST', '/authorizations/complete', { json: { state: first.state, code } })).status,
  ).toBe(200);
  const { state } = (await startStripe()).body as { state: string };

  const answer = await env.admin.request('POST', '/authorizations/complete', { json: { state, code } });

  expect(answer.body).toEqual({ error: { code: 'code_invalid', message: errorMessages.code_invalid } });
  expect(answer.text).not.toContain(code);
  expect(answer.text).not.toContain('already been used');
  expect(env.servers.logged.at(-1)).toMatch(
    /^Refused with 400 code_invalid: Stripe refused the authorization code: "This authorization code has already been used\./,
  );
});

it('writes what the request sent into the log on one line, whatever it carries', async () => {
  const answer = await env.admin.request(
    'GET',
    `/data-sources?${encodeURIComponent('a\nRefused with 500 internal: forged')}=1`,
  );

  expect(answer.status).toBe(400);
  expect(env.servers.logged).toEqual([
    'Refused with 400 invalid_request: Unknown query parameter "a\\nRefused with 500 internal: forged".',
  ]);
});

it('has one message per error code openapi.json lists, none of them empty, no two the same', () => {
  const messages = Object.values(errorMessages);
  expect(messages.every((message) => message.length > 0)).toBe(true);
  expect(new Set(messages).size).toBe(messages.length);
});
