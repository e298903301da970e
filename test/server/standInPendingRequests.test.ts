import { Agent, get } from 'node:http';
import { clientKey } from '../../server/common/clientOf';
import { createPerClientTokens } from '../../server/standin/perClientTokens';
import { standInAccount, standInClientId } from '../../server/standin/demoCredentials';
import { readForms } from './support/readForms';
import { readRedirect } from './support/readRedirect';
import { startStandIn, type TestStandIn } from './support/startStandIn';
import { submitForm } from './support/submitForm';
import { createTestClock } from './support/testClock';
import { testRedirectUri } from './support/testServers';

let standIn: TestStandIn;
beforeEach(async () => void (standIn = await startStandIn()));
afterEach(() => standIn.close());

const authorizeUrl = () =>
  `${standIn.url}/oauth/authorize?${new URLSearchParams({ response_type: 'code', client_id: standInClientId, redirect_uri: testRedirectUri, state: 's' })}`;

/**
 * Opens the authorize page `times` times from `localAddress`: another client than fetch's
 * 127.0.0.1, as the stand-in sees it (every 127.x address is this machine). Answers the pages.
 */
async function openFrom(localAddress: string, times: number): Promise<string[]> {
  const agent = new Agent({ keepAlive: true, maxSockets: 8 });
  const open = () =>
    new Promise<string>((resolve, reject) => {
      get(authorizeUrl(), { agent, localAddress }, (response) => {
        let html = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (html += chunk));
        response.on('end', () => resolve(html));
      }).on('error', reject);
    });
  try {
    return await Promise.all(Array.from({ length: times }, open));
  } finally {
    agent.destroy();
  }
}

const requestIdOf = (html: string) => readForms(html)[0]?.fields.get('request') ?? '';

describe('pending authorize requests, kept per client', () => {
  it("keeps a user's pending consent through 1,000 anonymous authorize requests from another address", async () => {
    const accessPage = await fetch(authorizeUrl());
    await openFrom('127.0.0.2', 1000);
    const signIn = await submitForm(accessPage, 'Sign in with Stripe to Continue');
    expect(signIn.status).toBe(200);
    const back = readRedirect(await submitForm(signIn, 'Sign in to your account', { ...standInAccount }));
    expect(back.code).toMatch(/^ac_/);
  });

  it('lets a client flooding the authorize page push out only its own oldest requests, past 100', async () => {
    // One after the other: issued at once, which of two is the older would be a race.
    const [first = ''] = (await openFrom('127.0.0.3', 1)).map(requestIdOf);
    const [second = ''] = (await openFrom('127.0.0.3', 1)).map(requestIdOf);
    await openFrom('127.0.0.3', 99);
    const signInPage = (request: string) => fetch(`${standIn.url}/oauth/sign-in?${new URLSearchParams({ request })}`);
    const ended = await signInPage(first);
    expect(ended.status).toBe(400);
    expect(await ended.text()).toContain('This request has ended');
    expect((await signInPage(second)).status).toBe(200);
  });
});

describe('createPerClientTokens', () => {
  function tokens(maxClients: number) {
    const clock = createTestClock();
    return createPerClientTokens<string>({ lifetimeMs: 60_000, now: clock.now, maxRecords: 2, maxClients });
  }

  it('pushes out the oldest of a client past its maxRecords, and none of another client', () => {
    const store = tokens(10);
    const theirs = store.issue('10.0.0.1', 'theirs').token;
    const flood = ['a', 'b', 'c'].map((value) => store.issue('10.0.0.2', value).token);
    expect([theirs, ...flood].map((token) => store.peek(token).kind)).toEqual(['valid', 'unknown', 'valid', 'valid']);
  });

  it('past maxClients, drops the client that issued least recently, with its tokens', () => {
    const store = tokens(2);
    const first = store.issue('10.0.0.1', 'first').token;
    const second = store.issue('10.0.0.2', 'second').token;
    store.issue('10.0.0.1', 'again');
    store.issue('10.0.0.3', 'third');
    expect([first, second].map((token) => store.peek(token).kind)).toEqual(['valid', 'unknown']);
  });

  it('finds a token from any client, once', () => {
    const store = tokens(10);
    const { token } = store.issue('10.0.0.1', 'value');
    expect(store.consume(token)).toEqual({ kind: 'valid', value: 'value' });
    expect(store.consume(token)).toEqual({ kind: 'used', value: 'value' });
    expect(store.peek('made.up').kind).toBe('unknown');
    expect(store.peek('').kind).toBe('unknown');
  });
});

describe('clientKey', () => {
  it.each([
    ['an IPv4 address as it is', '203.0.113.7', '203.0.113.7'],
    ['an IPv4-mapped IPv6 address as the IPv4 address', '::ffff:203.0.113.7', '203.0.113.7'],
    ['an IPv6 address by its /64', '2001:db8:0:1:aaaa::1', '2001:db8:0:1::/64'],
    ['another address of the same /64 as the same client', '2001:0db8::1:ffff:0:0:2', '2001:db8:0:1::/64'],
    ['an IPv6 address with its zone', 'fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['the IPv6 loopback', '::1', '0:0:0:0::/64'],
    ['no address as one client for all', undefined, 'unknown'],
  ])('takes %s', (_case, address, key) => {
    expect(clientKey(address)).toBe(key);
  });
});
