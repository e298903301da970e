import type { DemoAuthenticationOptions } from '../../server/demo/demoAuthentication';
import { processMemoryDatabase } from '../../server/storage/processMemoryDatabase';
import type { StorageOptions } from '../../server/storage/StorageOptions';
import { productDataSources } from '../../src/testing/fixtures';
import { createBackendClient, signedInClient } from './support/backendClient';
import { consentAtStandIn } from './support/consentAtStandIn';
import { startBackend, type TestBackend } from './support/startBackend';
import { startStandIn, type TestStandIn } from './support/startStandIn';
import { createTestClock, type TestClock } from './support/testClock';
import { testRedirectUri } from './support/testServers';

const hour = 60 * 60 * 1000;

let standIn: TestStandIn;
let backend: TestBackend;
let clock: TestClock;

async function start(
  demoAuthentication: Omit<DemoAuthenticationOptions, 'seedDataSources'> = {},
  storage: StorageOptions = { kind: 'memory' },
) {
  clock = createTestClock();
  standIn = await startStandIn();
  backend = await startBackend(standIn.url, productDataSources, { now: clock.now, demoAuthentication, storage });
}
afterEach(async () => {
  await backend.close();
  await standIn.close();
});

const listStatus = async (client: Awaited<ReturnType<typeof signedInClient>>) =>
  (await client.request('GET', '/data-sources')).status;

describe('cookie tossing', () => {
  it('refuses a request with two session cookies with 401 and expires them on every path above it', async () => {
    await start();
    const admin = await signedInClient(backend.url);
    const own = admin.fetch.cookies.get('__Host-cw_session') ?? '';
    const attacker = await signedInClient(backend.url);
    const tossed = attacker.fetch.cookies.get('__Host-cw_session') ?? '';
    // The tossed cookie, with a longer path, is sent first; the first of a name used to win.
    const response = await fetch(`${backend.url}/api/v1/integrations/stripe/authorizations`, {
      method: 'POST',
      headers: { Cookie: `__Host-cw_session=${tossed}; __Host-cw_session=${own}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ redirectUri: testRedirectUri }),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: { code: 'unauthenticated', message: expect.any(String) } });
    const expired = response.headers.getSetCookie();
    for (const path of ['/', '/api', '/api/v1', '/api/v1/integrations', '/api/v1/integrations/stripe']) {
      expect(expired).toContain(`__Host-cw_session=; Path=${path}; Max-Age=0; HttpOnly; SameSite=Lax; Secure`);
    }
  });

  it('names the cookie without the __Host- prefix, and not Secure, only when told to', async () => {
    await start({ secureCookie: false });
    const answer = await createBackendClient(backend.url).signIn('admin');
    expect(answer.headers.getSetCookie()).toEqual([
      expect.stringMatching(/^cw_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax$/),
    ]);
  });
});

describe('sign-ins', () => {
  it('refuses a sign-in body over 16 KiB with 413, as every other route does', async () => {
    await start();
    const answer = await createBackendClient(backend.url).request('POST', '/session', {
      json: { role: 'admin', padding: 'x'.repeat(16 * 1024) },
    });
    expect(answer.status).toBe(413);
    expect(answer.body).toEqual({ error: { code: 'invalid_request', message: expect.any(String) } });
    expect(answer.headers.getSetCookie()).toEqual([]);
  });

  it('answers 429 with Retry-After past the rate, and takes sign-ins again once it has passed', async () => {
    await start({ signInRate: { burst: 3, perMinute: 6 } });
    const client = createBackendClient(backend.url);
    for (let index = 0; index < 3; index += 1) expect((await client.signIn('admin')).status).toBe(204);
    const refused = await client.signIn('admin');
    expect(refused.status).toBe(429);
    expect(refused.body).toEqual({ error: { code: 'rate_limited', message: expect.any(String) } });
    expect(refused.headers.get('retry-after')).toBe('10');
    clock.advance(10_000);
    expect((await client.signIn('admin')).status).toBe(204);
  });

  it('keeps an administrator who is using the demo through many anonymous sign-ins, dropping the idle ones', async () => {
    await start({ maxSessions: 5, signInRate: { burst: 1000, perMinute: 1000 } });
    const admin = await signedInClient(backend.url);
    const idle = await signedInClient(backend.url);
    for (let index = 0; index < 20; index += 1) {
      clock.advance(2000);
      await createBackendClient(backend.url).signIn('standard');
      expect(await listStatus(admin)).toBe(200);
    }
    expect(await listStatus(idle)).toBe(401);
  });

  it('never drops a Stripe grant with the session that made it: its account and grant stay', async () => {
    const schema = `sessions_${Date.now().toString(36)}`;
    await start({ maxSessions: 1, signInRate: { burst: 1000, perMinute: 1000 } }, { kind: 'memory', schema });
    const db = await processMemoryDatabase();
    onTestFinished(() => db.exec(`DROP SCHEMA ${schema} CASCADE`));
    const admin = await signedInClient(backend.url);
    const started = await admin.api.startAuthorization({ integrationId: 'stripe', redirectUri: testRedirectUri });
    const { state, code = '' } = await consentAtStandIn(started.authorizationUrl);
    const source = await admin.api.completeAuthorization({ state, code });
    clock.advance(2000);
    // Another browser's sign-in pushes the admin's session out, and a third one an account without a grant.
    const other = await signedInClient(backend.url);
    clock.advance(2000);
    await signedInClient(backend.url);
    expect(await listStatus(admin)).toBe(401);
    expect(await listStatus(other)).toBe(401);
    const grants = await db.query<{ data_source_id: string }>(`SELECT data_source_id FROM ${schema}.grants`);
    expect(grants).toEqual([{ data_source_id: source.id }]);
    const [accounts] = await db.query<{ count: number }>(`SELECT count(*)::int AS count FROM ${schema}.accounts`);
    // The admin's (with its grant) and the signed-in one; the other, with nothing to give up, went.
    expect(accounts?.count).toBe(2);
  });
});

describe('lifetimes and sign-out', () => {
  it('ends a session left unused past its idle lifetime', async () => {
    await start({ idleLifetimeMs: hour });
    const admin = await signedInClient(backend.url);
    clock.advance(hour - 1000);
    expect(await listStatus(admin)).toBe(200);
    clock.advance(hour + 1000);
    expect(await listStatus(admin)).toBe(401);
  });

  it('ends a session past its absolute lifetime, however much it is used', async () => {
    await start({ idleLifetimeMs: 2 * hour, absoluteLifetimeMs: 5 * hour });
    const admin = await signedInClient(backend.url);
    for (let hours = 1; hours <= 4; hours += 1) {
      clock.advance(hour);
      expect(await listStatus(admin)).toBe(200);
    }
    clock.advance(2 * hour);
    expect(await listStatus(admin)).toBe(401);
  });

  it('signs out: DELETE /api/v1/session expires the cookie and ends the session on the server', async () => {
    await start();
    const admin = await signedInClient(backend.url);
    const id = admin.fetch.cookies.get('__Host-cw_session') ?? '';
    const answer = await admin.request('DELETE', '/session');
    expect(answer.status).toBe(204);
    expect(answer.headers.getSetCookie()[0]).toMatch(/^__Host-cw_session=; Max-Age=0; Path=\//);
    const replayed = await fetch(`${backend.url}/api/v1/data-sources`, {
      headers: { Cookie: `__Host-cw_session=${id}` },
    });
    expect(replayed.status).toBe(401);
  });
});
