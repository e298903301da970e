import type { Caller } from '../../server/index';
import type { ConnectionsApiError } from '../../src/api/ConnectionsApiError';
import { consentAtStandIn } from './support/consentAtStandIn';
import { startPackagedServer, type PackagedServer } from './support/startPackagedServer';
import { testRedirectUri } from './support/testServers';

const ada: Caller = { accountId: 'acct_acme', userId: 'user_ada', role: 'admin' };
const bo: Caller = { accountId: 'acct_acme', userId: 'user_bo', role: 'admin' };
const eve: Caller = { accountId: 'acct_other', userId: 'user_eve', role: 'admin' };

let packaged: PackagedServer;
let baseUrl: string;

beforeEach(async () => {
  packaged = await startPackagedServer();
  baseUrl = `${await packaged.serveOnNode()}/api/v1`;
});
afterEach(() => packaged.close());

const api = (caller: Caller) => packaged.apiAs(caller, baseUrl);

async function failure(call: Promise<unknown>): Promise<{ status?: number; code?: string }> {
  const error = (await call.then(
    () => undefined,
    (reason: unknown) => reason,
  )) as ConnectionsApiError | undefined;
  return { status: error?.status, code: error?.code };
}

async function connectAs(caller: Caller) {
  const start = await api(caller).startAuthorization({ integrationId: 'stripe', redirectUri: testRedirectUri });
  const { state, code = '' } = await consentAtStandIn(start.authorizationUrl);
  return api(caller).completeAuthorization({ state, code });
}

it('shows two administrators of one account the same table', async () => {
  const source = await connectAs(ada);
  expect((await api(bo).listDataSources({})).dataSources).toEqual([source]);
  await api(bo).deleteDataSource({ dataSourceId: source.id });
  expect((await api(ada).listDataSources({})).dataSources).toEqual([]);
});

it('shows a user of another account none of it, and lets them change none of it', async () => {
  const source = await connectAs(ada);
  expect(await api(eve).listDataSources({})).toEqual({ dataSources: [], nextCursor: null, total: 0 });
  expect(await failure(api(eve).deleteDataSource({ dataSourceId: source.id }))).toEqual({
    status: 404,
    code: 'not_found',
  });
  expect(
    await failure(api(eve).startReauthorization({ dataSourceId: source.id, redirectUri: testRedirectUri })),
  ).toEqual({ status: 404, code: 'not_found' });
  expect((await api(ada).listDataSources({})).dataSources).toEqual([source]);
});

it('refuses to complete an authorization from another account, which its own account can still complete', async () => {
  const start = await api(ada).startAuthorization({ integrationId: 'stripe', redirectUri: testRedirectUri });
  const { state, code = '' } = await consentAtStandIn(start.authorizationUrl);
  expect(await failure(api(eve).completeAuthorization({ state, code }))).toEqual({
    status: 400,
    code: 'state_invalid',
  });
  expect((await api(eve).listDataSources({})).total).toBe(0);
  await expect(api(ada).completeAuthorization({ state, code })).resolves.toMatchObject({ integrationId: 'stripe' });
});

it('binds an authorization to the user who started it: another administrator of the account cannot complete it', async () => {
  const start = await api(ada).startAuthorization({ integrationId: 'stripe', redirectUri: testRedirectUri });
  const { state, code = '' } = await consentAtStandIn(start.authorizationUrl);
  expect(await failure(api(bo).completeAuthorization({ state, code }))).toEqual({
    status: 400,
    code: 'state_invalid',
  });
  expect((await api(ada).listDataSources({})).total).toBe(0);
  // Not consumed by the refusal: its own user finishes it.
  await expect(api(ada).completeAuthorization({ state, code })).resolves.toMatchObject({ integrationId: 'stripe' });
});

it('refuses a re-authorization of a source to another account’s user, and completes it for its own', async () => {
  const source = await connectAs(ada);
  const start = await api(bo).startReauthorization({ dataSourceId: source.id, redirectUri: testRedirectUri });
  const { state, code = '' } = await consentAtStandIn(start.authorizationUrl);
  expect(await failure(api(eve).completeAuthorization({ state, code }))).toEqual({
    status: 400,
    code: 'state_invalid',
  });
  await expect(api(bo).completeAuthorization({ state, code })).resolves.toMatchObject({ id: source.id });
});
