import { listen } from '../../server/http/listen';
import { errorMessages } from '../../server/operations/ApiError';
import { createStripeStandIn } from '../../server/standin/createStripeStandIn';
import type { AuthorizationStart } from '../../src/api/types';
import type { ProviderRedirect } from '../contract/connectionsApiContract';
import { signedInClient, type BackendClient, type RawAnswer } from './support/backendClient';
import { consentAtStandIn } from './support/consentAtStandIn';
import { setUpServersWithAdmin, testRedirectUri } from './support/testServers';

/**
 * Attacks on the authorization flow, each against the reference backend and the stand-in. The
 * victim is `env.admin`; `other` is a second administrator's session (an attacker, or a victim
 * of login CSRF). Every attack must be refused with its exact status, code and message (the
 * code's fixed one), change no data source in either session, and leave nothing that a later
 * request could complete. A code replayed under a new state after it was exchanged is refused
 * too, but it does change a source, the one it connected (Stripe revokes its tokens):
 * replayedCode.test.ts.
 */
const env = setUpServersWithAdmin();
let other: BackendClient;
beforeEach(async () => {
  other = await signedInClient(env.servers.backendUrl);
});

const tenMinutes = 10 * 60 * 1000;

/** A completion as one browser sends it. */
interface Completion {
  client: BackendClient;
  json: unknown;
}

function complete({ client, json }: Completion): Promise<RawAnswer> {
  return client.request('POST', '/authorizations/complete', { json });
}

function startStripe(client: BackendClient, redirectUri = testRedirectUri): Promise<RawAnswer> {
  return client.request('POST', '/integrations/stripe/authorizations', { json: { redirectUri } });
}

/** `client` starts a Stripe authorization and consents (or denies) at the stand-in. */
async function startAndConsent(client: BackendClient, decision: 'allow' | 'deny' = 'allow') {
  const start = (await startStripe(client)).body as AuthorizationStart;
  return { start, redirect: await consentAtStandIn(start.authorizationUrl, decision) };
}

/** A redirect's code and state, as the callback sends them to the backend. */
const answerOf = ({ state, code }: ProviderRedirect) => ({ state, code });

/** The data sources of both sessions: an attack changes neither. */
async function everySource() {
  return {
    admin: (await env.admin.request('GET', '/data-sources')).body,
    other: (await other.request('GET', '/data-sources')).body,
  };
}

/** The authorize URL of a platform with another client id on its own stand-in, carrying `start`'s state. */
async function atAnotherPlatform(start: AuthorizationStart): Promise<string> {
  const platform = await listen(
    createStripeStandIn({ redirectUris: [testRedirectUri], clientId: 'ca_AnotherPlatform' }),
    '127.0.0.1',
    0,
  );
  onTestFinished(() => platform.close());
  const url = new URL(start.authorizationUrl);
  url.searchParams.set('client_id', 'ca_AnotherPlatform');
  return `${platform.url}${url.pathname}${url.search}`;
}

interface Refusal {
  status: number;
  code: keyof typeof errorMessages;
}

const stateInvalid: Refusal = { status: 400, code: 'state_invalid' };
const missingState: Refusal = { status: 400, code: 'invalid_request' };
const stateUsed: Refusal = { status: 409, code: 'state_used' };

interface CompletionAttack {
  /** Sets the stage and answers the completion the attack sends. */
  arrange(): Promise<Completion>;
  refused: Refusal;
  /**
   * What the same attack answers when sent again, which shows that it left nothing to complete.
   * @default state_used: its state is used up
   */
  again?: Refusal;
}

const completionAttacks: [string, CompletionAttack][] = [
  [
    'state missing',
    {
      arrange: async () => ({ client: env.admin, json: { code: (await startAndConsent(env.admin)).redirect.code } }),
      refused: missingState,
      again: missingState,
    },
  ],
  [
    'state forged (never issued, of the right shape)',
    {
      arrange: async () => ({
        client: env.admin,
        json: { state: 'Zm9yZ2VkLXN0YXRlLXRoYXQtd2FzLW5ldmVyLWlzc3VlZA', code: 'ac_forged' },
      }),
      refused: stateInvalid,
      again: stateInvalid,
    },
  ],
  [
    "another session's state and code (a stolen answer)",
    {
      arrange: async () => ({ client: other, json: answerOf((await startAndConsent(env.admin)).redirect) }),
      refused: stateInvalid,
      again: stateInvalid,
    },
  ],
  [
    "login CSRF: an answer from another admin's flow, completed in the victim's session",
    {
      arrange: async () => ({ client: env.admin, json: answerOf((await startAndConsent(other)).redirect) }),
      refused: stateInvalid,
      again: stateInvalid,
    },
  ],
  [
    'state replayed with a new code after it completed',
    {
      arrange: async () => {
        const { start, redirect } = await startAndConsent(env.admin);
        expect((await complete({ client: env.admin, json: answerOf(redirect) })).status).toBe(200);
        const { code } = await consentAtStandIn(start.authorizationUrl);
        return { client: env.admin, json: { state: start.state, code } };
      },
      refused: stateUsed,
    },
  ],
  [
    'state expired (ten minutes)',
    {
      arrange: async () => {
        const { redirect } = await startAndConsent(env.admin);
        env.servers.clock.advance(tenMinutes);
        return { client: env.admin, json: answerOf(redirect) };
      },
      refused: { status: 400, code: 'state_expired' },
    },
  ],
  [
    'state used up by a denied consent, then consented at Stripe again',
    {
      arrange: async () => {
        const { start, redirect } = await startAndConsent(env.admin, 'deny');
        const denial = await complete({ client: env.admin, json: { state: redirect.state, error: redirect.error } });
        expect([denial.status, (denial.body as { error: { code: string } }).error.code]).toEqual([
          400,
          'access_denied',
        ]);
        return { client: env.admin, json: answerOf(await consentAtStandIn(start.authorizationUrl)) };
      },
      refused: stateUsed,
    },
  ],
  [
    "code from another platform's Stripe, with this session's state",
    {
      arrange: async () => {
        const start = (await startStripe(env.admin)).body as AuthorizationStart;
        return { client: env.admin, json: answerOf(await consentAtStandIn(await atAnotherPlatform(start))) };
      },
      refused: { status: 400, code: 'code_invalid' },
    },
  ],
  [
    'code granting more than read_only (scope edited at Stripe)',
    {
      arrange: async () => {
        const start = (await startStripe(env.admin)).body as AuthorizationStart;
        const tampered = new URL(start.authorizationUrl);
        tampered.searchParams.set('scope', 'read_write');
        return { client: env.admin, json: answerOf(await consentAtStandIn(tampered.toString())) };
      },
      refused: { status: 400, code: 'scope_not_allowed' },
    },
  ],
];

function expectRefused(answer: RawAnswer, { status, code }: Refusal): void {
  expect(answer.status).toBe(status);
  expect(answer.body).toEqual({ error: { code, message: errorMessages[code] } });
}

describe('OAuth attack matrix: completing', () => {
  it.each(completionAttacks)(
    'refuses %s, changes no source, leaves nothing to complete later',
    async (_case, attack) => {
      const completion = await attack.arrange();
      const before = await everySource();

      expectRefused(await complete(completion), attack.refused);
      expect(await everySource()).toEqual(before);

      expectRefused(await complete(completion), attack.again ?? stateUsed);
      expect(await everySource()).toEqual(before);
    },
  );
});

describe('OAuth attack matrix: two completions of one flow at once', () => {
  it('answers the same state and code sent twice with one and the same source', async () => {
    const { redirect } = await startAndConsent(env.admin);
    const before = (await everySource()).admin as { dataSources: unknown[] };
    const completion = { client: env.admin, json: answerOf(redirect) };

    const [first, second] = await Promise.all([complete(completion), complete(completion)]);

    expect([first.status, second.status]).toEqual([200, 200]);
    expect(second.body).toEqual(first.body);
    const after = (await everySource()).admin as { dataSources: unknown[] };
    expect(after.dataSources).toEqual([...before.dataSources, (first.body as { dataSource: unknown }).dataSource]);
    expectRefused(await complete({ client: env.admin, json: { state: redirect.state, code: 'ac_later' } }), stateUsed);
  });

  it('completes one of two codes for the same state, refusing the other with state_used', async () => {
    const { start, redirect } = await startAndConsent(env.admin);
    const secondCode = await consentAtStandIn(start.authorizationUrl);
    const before = (await everySource()).admin as { dataSources: unknown[] };

    const answers = await Promise.all(
      [redirect, secondCode].map((answer) => complete({ client: env.admin, json: answerOf(answer) })),
    );

    const [created] = answers.filter((answer) => answer.status === 200);
    const [refused, ...more] = answers.filter((answer) => answer.status !== 200);
    expect(more).toEqual([]);
    expectRefused(refused as RawAnswer, stateUsed);
    const after = (await everySource()).admin as { dataSources: unknown[] };
    expect(after.dataSources).toEqual([...before.dataSources, (created?.body as { dataSource: unknown }).dataSource]);
  });
});

describe('OAuth attack matrix: redirect URIs', () => {
  it.each([
    ['not registered', 'https://evil.test/admin/connections/callback'],
    ['differing by letter case', testRedirectUri.replace('callback', 'Callback')],
    ['differing by a trailing slash', `${testRedirectUri}/`],
    ['differing by port', testRedirectUri.replace('app.example.test', 'app.example.test:8443')],
    ['with user info', testRedirectUri.replace('https://', 'https://attacker@')],
    ['with a fragment', `${testRedirectUri}#steal`],
  ])(
    'refuses a redirect URI %s at the start (backend) and at the authorize page (Stripe)',
    async (_case, redirectUri) => {
      const before = await everySource();

      expectRefused(await startStripe(env.admin, redirectUri), { status: 400, code: 'redirect_uri_not_allowed' });
      expect(await everySource()).toEqual(before);

      // Nothing is issued for it, and a genuine authorize URL edited to carry it gets no code.
      const genuine = new URL(((await startStripe(env.admin)).body as AuthorizationStart).authorizationUrl);
      genuine.searchParams.set('redirect_uri', redirectUri);
      const page = await fetch(genuine, { redirect: 'manual' });
      expect(page.status).toBe(400);
      expect(await page.text()).toContain('Invalid redirect URI');
    },
  );
});
