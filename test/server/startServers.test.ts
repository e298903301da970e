import './support/processDatabaseReady';
import { listen } from '../../server/http/listen';
import { startServers, type StartedServers } from '../../server/demo/startServers';
import { standInClientId } from '../../server/standin/demoCredentials';
import { createBackendClient, signedInClient } from './support/backendClient';

let servers: StartedServers | undefined;

afterEach(async () => {
  await servers?.close();
  servers = undefined;
  vi.unstubAllEnvs();
});

const demoCallback = 'http://localhost:5173/admin/connections/callback';

it('listens on 127.0.0.1, on free ports, by default', async () => {
  servers = await startServers();
  for (const url of [servers.backendUrl, servers.standInUrl]) {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  }
  expect(servers.backendUrl).not.toBe(servers.standInUrl);
});

it('has no sign-in endpoint unless demoSessions is set: POST /api/v1/session is 404, with no cookie', async () => {
  servers = await startServers();
  const answer = await createBackendClient(servers.backendUrl).signIn('admin');
  expect(answer.status).toBe(404);
  expect(answer.body).toMatchObject({ error: { code: 'not_found' } });
  expect(answer.headers.getSetCookie()).toEqual([]);
});

it('signs in through POST /api/v1/session with demoSessions', async () => {
  servers = await startServers({ demoSessions: true });
  expect((await createBackendClient(servers.backendUrl).signIn('admin')).status).toBe(204);
});

/** Starts the servers with their defaults (plus demo sessions, to sign in) and answers where they send the browser for Stripe. */
async function authorizationUrlOfDefaultServers(): Promise<URL> {
  servers = await startServers({ demoSessions: true });
  const admin = await signedInClient(servers.backendUrl);
  const { authorizationUrl } = await admin.api.startAuthorization({
    integrationId: 'stripe',
    redirectUri: demoCallback,
  });
  return new URL(authorizationUrl);
}

it('registers the demo’s callback by default and sends the browser to the stand-in', async () => {
  const url = await authorizationUrlOfDefaultServers();
  expect(url.origin).toBe(servers?.standInUrl);
  expect(url.searchParams.get('client_id')).toBe(standInClientId);
});

it("sends the browser to the app's install link with Stripe's credentials in the environment (apps mode by default)", async () => {
  vi.stubEnv('STRIPE_CLIENT_ID', 'ca_RealPlatform');
  vi.stubEnv('STRIPE_SECRET_KEY', 'sk_test_real');
  const url = await authorizationUrlOfDefaultServers();
  expect(`${url.origin}${url.pathname}`).toBe('https://marketplace.stripe.com/oauth/v2/authorize');
  expect([...url.searchParams.keys()]).toEqual(['client_id', 'redirect_uri', 'state']);
  expect(url.searchParams.get('client_id')).toBe('ca_RealPlatform');
});

it('uses the test-mode install link STRIPE_INSTALL_LINK names', async () => {
  vi.stubEnv('STRIPE_CLIENT_ID', 'ca_RealPlatform');
  vi.stubEnv('STRIPE_SECRET_KEY', 'sk_test_real');
  vi.stubEnv('STRIPE_INSTALL_LINK', 'https://marketplace.stripe.com/oauth/v2/chnlink_test123/authorize');
  const url = await authorizationUrlOfDefaultServers();
  expect(`${url.origin}${url.pathname}`).toBe('https://marketplace.stripe.com/oauth/v2/chnlink_test123/authorize');
});

it('talks to connect.stripe.com with STRIPE_MODE=connect and the credentials in the environment', async () => {
  vi.stubEnv('STRIPE_CLIENT_ID', 'ca_RealPlatform');
  vi.stubEnv('STRIPE_SECRET_KEY', 'sk_test_real');
  vi.stubEnv('STRIPE_MODE', 'connect');
  const url = await authorizationUrlOfDefaultServers();
  expect(`${url.origin}${url.pathname}`).toBe('https://connect.stripe.com/oauth/authorize');
  expect(url.searchParams.get('scope')).toBe('read_only');
  expect(url.searchParams.get('client_id')).toBe('ca_RealPlatform');
});

it('refuses a STRIPE_MODE that is neither apps nor connect, before anything listens', async () => {
  vi.stubEnv('STRIPE_CLIENT_ID', 'ca_RealPlatform');
  vi.stubEnv('STRIPE_SECRET_KEY', 'sk_test_real');
  vi.stubEnv('STRIPE_MODE', 'oauth');
  await expect(startServers()).rejects.toThrow('STRIPE_MODE must be apps or connect, not "oauth".');
});

it('keeps the stand-in when only one of the two variables is set', async () => {
  vi.stubEnv('STRIPE_CLIENT_ID', 'ca_RealPlatform');
  vi.stubEnv('STRIPE_SECRET_KEY', '');
  expect((await authorizationUrlOfDefaultServers()).origin).toBe(servers?.standInUrl);
});

it('stops both servers on close', async () => {
  const started = await startServers();
  await started.close();
  await expect(fetch(`${started.backendUrl}/api/v1/integrations`)).rejects.toThrow();
  await expect(fetch(`${started.standInUrl}/oauth/authorize`)).rejects.toThrow();
});

it('rejects when a port is taken, leaving nothing running', async () => {
  servers = await startServers();
  const probe = await listen(() => new Response(null), '127.0.0.1', 0);
  await probe.close();
  const standInPort = Number(new URL(probe.url).port);
  await expect(startServers({ backendPort: Number(new URL(servers.backendUrl).port), standInPort })).rejects.toThrow(
    /EADDRINUSE/,
  );
  // The stand-in that did start was closed again: its port is free.
  const reuse = await listen(() => new Response(null), '127.0.0.1', standInPort);
  await reuse.close();
});
