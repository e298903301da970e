import type { DataSource } from '../../src/api/types';
import { signedInClient, type BackendClient } from './support/backendClient';
import { deauthorizedAnswer, grantAnswer, startScriptedStripe, type ScriptedStripe } from './support/scriptedStripe';
import { startBackend, type TestBackend } from './support/startBackend';
import { testRedirectUri } from './support/testServers';
import { listAllDataSources } from './support/listAllDataSources';

/** A Stripe source connected before this backend started: it has an account but no grant kept here. */
const oldSource = {
  id: 'ds_stripe_old',
  name: 'Stripe',
  integrationId: 'stripe',
  connection: 'acct_old',
  status: 'success',
  lastConnectionStartedAt: '2026-11-20T09:00:00.000Z',
  lastConnectionDurationSeconds: 95,
} as const satisfies DataSource;

let stripe: ScriptedStripe;
let backend: TestBackend;
/** The account the next code exchange grants, and with what scope. */
let granted: { stripeUserId: string; scope: string };

beforeEach(async () => {
  granted = { stripeUserId: 'acct_new', scope: 'read_only' };
  stripe = await startScriptedStripe((request) =>
    request.path === '/oauth/token' ? grantAnswer(granted.stripeUserId, granted.scope) : deauthorizedAnswer(request),
  );
  backend = await startBackend(stripe.url, [oldSource]);
});

afterEach(async () => {
  await Promise.all([backend.close(), stripe.close()]);
});

/** The accounts the backend asked Stripe to deauthorize, in order. */
const deauthorized = () =>
  stripe.requests.filter(({ path }) => path === '/oauth/deauthorize').map(({ form }) => form.get('stripe_user_id'));

async function reauthorizeOldSource(admin: BackendClient) {
  const { state } = await admin.api.startReauthorization({ dataSourceId: oldSource.id, redirectUri: testRedirectUri });
  return admin.request('POST', '/authorizations/complete', { json: { state, code: 'ac_code' } });
}

describe('re-authorizing a source with another account', () => {
  it('deauthorizes the old account, also when no grant for it is kept here', async () => {
    const admin = await signedInClient(backend.url);
    expect((await reauthorizeOldSource(admin)).status).toBe(200);
    expect(deauthorized()).toEqual(['acct_old']);
  });

  it("keeps the old account while another session's source still uses it", async () => {
    const admin = await signedInClient(backend.url);
    await signedInClient(backend.url);
    expect((await reauthorizeOldSource(admin)).status).toBe(200);
    expect(deauthorized()).toEqual([]);
  });
});

describe('deleting a source', () => {
  it("keeps the account while another session's source still uses it, and deauthorizes it after the last", async () => {
    const mine = await signedInClient(backend.url);
    const theirs = await signedInClient(backend.url);
    await mine.api.deleteDataSource({ dataSourceId: oldSource.id });
    expect(deauthorized()).toEqual([]);
    await theirs.api.deleteDataSource({ dataSourceId: oldSource.id });
    expect(deauthorized()).toEqual(['acct_old']);
  });
});

describe('a grant that is not read-only', () => {
  it('is deauthorized at once, and every source on that account, in any session, then needs re-authorization', async () => {
    const mine = await signedInClient(backend.url);
    const theirs = await signedInClient(backend.url);
    granted = { stripeUserId: 'acct_old', scope: 'read_write' };
    const { state } = await mine.api.startAuthorization({ integrationId: 'stripe', redirectUri: testRedirectUri });
    const answer = await mine.request('POST', '/authorizations/complete', { json: { state, code: 'ac_code' } });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ error: { code: 'scope_not_allowed' } });
    expect(deauthorized()).toEqual(['acct_old']);
    for (const client of [mine, theirs]) {
      expect(await listAllDataSources(client.api)).toEqual([
        { ...oldSource, status: 'needs_reauthorization', statusReason: 'access_revoked' },
      ]);
    }
  });
});
