import openapi from '../../src/api/openapi.json' with { type: 'json' };
import { productDataSources } from '../../src/testing/fixtures';
import { createBackendClient, signedInClient } from './support/backendClient';
import { contractRequests } from './support/contractRequests';
import { setUpServersWithAdmin } from './support/testServers';
import { byName, listAllDataSources } from './support/listAllDataSources';

const env = setUpServersWithAdmin();

it('covers every operation of openapi.json in these checks', () => {
  const documented = Object.entries(openapi.paths).flatMap(([path, item]) =>
    Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
  );
  const covered = contractRequests.map(
    ({ method, path }) =>
      `${method} ${path.replace('/stripe/', '/{integrationId}/').replace(/ds_mysql/, '{dataSourceId}')}`,
  );
  expect(covered.sort()).toEqual(documented.sort());
});

describe.each(contractRequests)('$method $path', (call) => {
  it('answers 401 unauthenticated without a session', async () => {
    const client = createBackendClient(env.servers.backendUrl);
    const answer = await client.request(call.method, call.path, 'json' in call ? { json: call.json } : {});
    expect(answer.status).toBe(401);
    expect(answer.body).toEqual({ error: { code: 'unauthenticated', message: expect.any(String) } });
  });

  it('answers 401 for a session id the backend never issued', async () => {
    const response = await fetch(`${env.servers.backendUrl}/api/v1${call.path}`, {
      method: call.method,
      headers: { Cookie: '__Host-cw_session=forged', 'Content-Type': 'application/json' },
      ...('json' in call && { body: JSON.stringify(call.json) }),
    });
    expect(response.status).toBe(401);
  });

  it.each(['standard', 'read-only'] as const)('answers 403 forbidden to a %s session', async (role) => {
    const client = await signedInClient(env.servers.backendUrl, role);
    const answer = await client.request(call.method, call.path, 'json' in call ? { json: call.json } : {});
    expect(answer.status).toBe(403);
    expect(answer.body).toEqual({ error: { code: 'forbidden', message: expect.any(String) } });
  });
});

describe('POST /api/v1/session', () => {
  it('sets a __Host- session cookie, HttpOnly, Secure, SameSite=Lax, on /, and answers 204', async () => {
    const client = createBackendClient(env.servers.backendUrl);
    const answer = await client.signIn('admin');
    expect(answer.status).toBe(204);
    const [cookie = ''] = answer.headers.getSetCookie();
    expect(cookie).toMatch(/^__Host-cw_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; Secure; SameSite=Lax$/);
  });

  it('gives each sign-in a new session id, keeping the session data across a role change', async () => {
    const client = await signedInClient(env.servers.backendUrl, 'admin');
    const firstId = client.fetch.cookies.get('__Host-cw_session');
    expect((await client.request('DELETE', '/data-sources/ds_mysql')).status).toBe(204);

    await client.signIn('standard');
    expect(client.fetch.cookies.get('__Host-cw_session')).not.toBe(firstId);
    expect((await client.request('GET', '/data-sources')).status).toBe(403);

    await client.signIn('admin');
    const { dataSources } = (await client.request('GET', '/data-sources')).body as { dataSources: { id: string }[] };
    expect(dataSources.map(({ id }) => id)).toEqual(['ds_google_ecommerce', 'ds_push_api']);
  });

  it('no longer accepts the id a session had before a new sign-in', async () => {
    const client = await signedInClient(env.servers.backendUrl, 'admin');
    const oldId = client.fetch.cookies.get('__Host-cw_session');
    await client.signIn('admin');
    const response = await fetch(`${env.servers.backendUrl}/api/v1/data-sources`, {
      headers: { Cookie: `__Host-cw_session=${oldId}` },
    });
    expect(response.status).toBe(401);
  });

  it('starts every session from the seed, and keeps sessions apart', async () => {
    const first = await signedInClient(env.servers.backendUrl);
    const second = await signedInClient(env.servers.backendUrl);
    await first.request('DELETE', '/data-sources/ds_mysql');
    expect(await listAllDataSources(second.api)).toEqual(byName(productDataSources));
  });

  it.each([
    ['an unknown role', { role: 'owner' }],
    ['no role', {}],
    ['another property', { role: 'admin', admin: true }],
  ])('refuses %s with 400 invalid_request and no cookie', async (_case, json) => {
    const answer = await createBackendClient(env.servers.backendUrl).request('POST', '/session', { json });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ error: { code: 'invalid_request' } });
    expect(answer.headers.getSetCookie()).toEqual([]);
  });

  it('refuses a form post (what a cross-site HTML form could send) with 415', async () => {
    const answer = await createBackendClient(env.servers.backendUrl).request('POST', '/session', {
      text: 'role=admin',
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(answer.status).toBe(415);
    expect(answer.headers.getSetCookie()).toEqual([]);
  });
});
