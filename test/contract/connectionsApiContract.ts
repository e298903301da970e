import type { ConnectionsApi } from '../../src/api/ConnectionsApi';
import { ConnectionsApiError } from '../../src/api/ConnectionsApiError';
import type { AuthorizationCompletion, AuthorizationStart, DataSource } from '../../src/api/types';
import { dataSourceFixture } from '../support/dataSourceFixture';
import { assertMatchesSchema } from '../support/openapi';

/** The query the provider sends the browser back with. */
export interface ProviderRedirect {
  code?: string;
  state: string;
  error?: string;
  errorDescription?: string;
}

/** One implementation of `ConnectionsApi`, set up fresh for each test of the contract. */
export interface ContractHarness {
  /** An administrator's API. */
  api: ConnectionsApi;
  /** The same backend, as a signed-in user who is not an administrator. */
  nonAdminApi: ConnectionsApi;
  /** A redirect URI the backend and the provider accept. */
  redirectUri: string;
  /** What the user does at the provider (`allow` by default); answers the query of the redirect back. */
  consent(start: AuthorizationStart, decision?: 'allow' | 'deny'): Promise<ProviderRedirect>;
  /** Moves the implementation's clock past the 10 minutes a started authorization lives. */
  expire(): void;
  close(): Promise<void>;
}

interface ExpectedFailure {
  kind: ConnectionsApiError['kind'];
  code?: string;
  status?: number;
}

async function expectFailure(promise: Promise<unknown>, expected: ExpectedFailure, label?: string): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error, label).toBeInstanceOf(ConnectionsApiError);
  expect(error, label).toMatchObject(expected);
}

function completionOf({ state, code, error, errorDescription }: ProviderRedirect): AuthorizationCompletion {
  if (error !== undefined) return { state, error, errorDescription };
  expect(code, 'the provider sent a code back').toEqual(expect.any(String));
  return { state, code: code ?? '' };
}

const ids = (sources: readonly DataSource[]) => sources.map((source) => source.id).sort();

/** A Stripe source whose access the account revoked at the provider: it waits for re-authorization. */
const revokedSource = dataSourceFixture({
  id: 'ds_stripe_revoked',
  name: 'Stripe',
  connection: 'acct_1RevokedAtStripe',
  status: 'needs_reauthorization',
  statusReason: 'access_revoked',
});

/**
 * The behaviour every `ConnectionsApi` must show, as the reference backend defines it: the
 * shapes of openapi.json, the OAuth `state` rules (single use, exact, expiring), the error
 * codes and kinds, the role check and cancellation. `setup` makes a fresh implementation for
 * each test, seeded with `dataSources` when given (its usual sources otherwise); `close` is
 * called after it.
 */
export function describeConnectionsApiContract(
  name: string,
  setup: (dataSources?: readonly DataSource[]) => Promise<ContractHarness>,
): void {
  describe(`ConnectionsApi contract: ${name}`, () => {
    let harness: ContractHarness;
    let api: ConnectionsApi;

    beforeEach(async () => {
      harness = await setup();
      api = harness.api;
    });

    afterEach(async () => {
      await harness.close();
    });

    const start = (integrationId = 'stripe') =>
      api.startAuthorization({ integrationId, redirectUri: harness.redirectUri });

    /** Every data source, in one answer. */
    const listAll = async () => (await api.listDataSources()).dataSources;

    /** Starts the test over on an implementation seeded with exactly `dataSources`. */
    async function seed(dataSources: readonly DataSource[]): Promise<void> {
      await harness.close();
      harness = await setup(dataSources);
      api = harness.api;
    }

    /** The whole flow for Stripe: start, the user allows, complete. */
    async function connect(): Promise<DataSource> {
      return api.completeAuthorization(completionOf(await harness.consent(await start())));
    }

    describe('lists', () => {
      it('lists the catalog as an IntegrationList, Stripe enabled and some integration disabled', async () => {
        const integrations = await api.listIntegrations();
        assertMatchesSchema('IntegrationList', { integrations });
        expect(integrations).toContainEqual({ id: 'stripe', name: 'Stripe', category: 'saas', enabled: true });
        expect(integrations.some((integration) => !integration.enabled)).toBe(true);
      });

      it('lists the data sources as a DataSourceList: all of them, with their total, when asked without a limit', async () => {
        const page = await api.listDataSources();
        assertMatchesSchema('DataSourceList', page);
        expect(page.dataSources.length).toBeGreaterThan(0);
        expect(page).toMatchObject({ nextCursor: null, total: page.dataSources.length });
      });

      it('answers copies: changing a result changes nothing at the backend', async () => {
        const first = await listAll();
        const expected = structuredClone(first);
        first.splice(0, 1);
        for (const source of first) source.name = 'changed';
        expect(await listAll()).toEqual(expected);
      });
    });

    describe('connecting', () => {
      it('starts with an AuthorizationStart whose state is new each time and echoed back by the provider', async () => {
        const first = await start();
        const second = await start();
        assertMatchesSchema('AuthorizationStart', first);
        expect(second.state).not.toBe(first.state);
        expect((await harness.consent(first)).state).toBe(first.state);
      });

      it('creates exactly one data source on start → allow → complete, and lists it', async () => {
        const before = await listAll();
        const created = await connect();
        assertMatchesSchema('DataSource', created);
        expect(created).toMatchObject({
          integrationId: 'stripe',
          status: expect.stringMatching(/^(syncing|success)$/),
        });
        const after = await listAll();
        expect(ids(after)).toEqual(ids([...before, created]));
      });

      it('refuses a redirect URI that is not registered, for a new source and a re-authorization', async () => {
        const connected = await connect();
        const redirectUri = `${harness.redirectUri}/elsewhere`;
        const expected = { kind: 'bad_request', code: 'redirect_uri_not_allowed', status: 400 } as const;
        await expectFailure(api.startAuthorization({ integrationId: 'stripe', redirectUri }), expected);
        await expectFailure(api.startReauthorization({ dataSourceId: connected.id, redirectUri }), expected);
      });

      it('refuses an integration that is not enabled for the account', async () => {
        const disabled = (await api.listIntegrations()).find((integration) => !integration.enabled);
        await expectFailure(start(disabled?.id), { kind: 'conflict', code: 'integration_disabled', status: 409 });
      });

      it('answers not_found for an unknown integration', async () => {
        await expectFailure(start('no-such-integration'), { kind: 'not_found', code: 'not_found', status: 404 });
      });
    });

    describe('completing', () => {
      it('refuses a denied authorization with access_denied, creates nothing, and uses the state up', async () => {
        const before = await listAll();
        const started = await start();
        const redirect = await harness.consent(started, 'deny');
        expect(redirect).toMatchObject({ state: started.state, error: 'access_denied' });
        await expectFailure(api.completeAuthorization(completionOf(redirect)), {
          kind: 'bad_request',
          code: 'access_denied',
          status: 400,
        });
        await expectFailure(api.completeAuthorization({ state: started.state, code: 'ac_after_denial' }), {
          kind: 'conflict',
          code: 'state_used',
          status: 409,
        });
        expect(ids(await listAll())).toEqual(ids(before));
      });

      it('answers the same data source when the same state and code complete again (a retry), adding no row', async () => {
        const redirect = await harness.consent(await start());
        const first = await api.completeAuthorization(completionOf(redirect));
        const afterFirst = await listAll();
        expect(await api.completeAuthorization(completionOf(redirect))).toEqual(first);
        expect(ids(await listAll())).toEqual(ids(afterFirst));
      });

      it('refuses a used state with another code with state_used, and creates nothing more', async () => {
        const redirect = await harness.consent(await start());
        await api.completeAuthorization(completionOf(redirect));
        const afterFirst = await listAll();
        const other = completionOf(await harness.consent(await start()));
        await expectFailure(api.completeAuthorization({ ...other, state: redirect.state }), {
          kind: 'conflict',
          code: 'state_used',
          status: 409,
        });
        expect(ids(await listAll())).toEqual(ids(afterFirst));
      });

      it('refuses a state it never issued, or one that differs by a character, with state_invalid', async () => {
        const before = await listAll();
        const expected = { kind: 'bad_request', code: 'state_invalid', status: 400 } as const;
        await expectFailure(
          api.completeAuthorization({ state: 'Zm9yZ2VkLXN0YXRlLXRoYXQtd2FzLW5ldmVyLWlzc3VlZA', code: 'ac_forged' }),
          expected,
        );
        const redirect = await harness.consent(await start());
        const tampered = `${redirect.state.slice(0, -1)}${redirect.state.endsWith('A') ? 'B' : 'A'}`;
        await expectFailure(api.completeAuthorization({ ...completionOf(redirect), state: tampered }), expected);
        expect(ids(await listAll())).toEqual(ids(before));
      });

      it('refuses a code the provider does not know with code_invalid for good, and creates nothing', async () => {
        const before = await listAll();
        const redirect = await harness.consent(await start());
        await expectFailure(api.completeAuthorization({ state: redirect.state, code: `${redirect.code ?? ''}x` }), {
          kind: 'bad_request',
          code: 'code_invalid',
          status: 400,
        });
        await expectFailure(api.completeAuthorization(completionOf(redirect)), {
          kind: 'conflict',
          code: 'state_used',
          status: 409,
        });
        expect(ids(await listAll())).toEqual(ids(before));
      });

      it('refuses a state older than 10 minutes with state_expired, and creates nothing', async () => {
        const before = await listAll();
        const redirect = await harness.consent(await start());
        harness.expire();
        await expectFailure(api.completeAuthorization(completionOf(redirect)), {
          kind: 'bad_request',
          code: 'state_expired',
          status: 400,
        });
        expect(ids(await listAll())).toEqual(ids(before));
      });
    });

    describe('re-authorizing', () => {
      it('updates the same data source: same id, no new row', async () => {
        const connected = await connect();
        const before = await listAll();
        const started = await api.startReauthorization({
          dataSourceId: connected.id,
          redirectUri: harness.redirectUri,
        });
        assertMatchesSchema('AuthorizationStart', started);
        const updated = await api.completeAuthorization(completionOf(await harness.consent(started)));
        assertMatchesSchema('DataSource', updated);
        expect(updated).toMatchObject({
          id: connected.id,
          integrationId: 'stripe',
          status: expect.stringMatching(/^(syncing|success)$/),
        });
        expect(ids(await listAll())).toEqual(ids(before));
      });

      it('clears the statusReason of a source that needed re-authorization once it is reconnected', async () => {
        await seed([revokedSource]);
        expect(await listAll(), 'seeded').toEqual([revokedSource]);
        const started = await api.startReauthorization({
          dataSourceId: revokedSource.id,
          redirectUri: harness.redirectUri,
        });
        const updated = await api.completeAuthorization(completionOf(await harness.consent(started)));
        assertMatchesSchema('DataSource', updated);
        expect(updated).toMatchObject({ id: revokedSource.id, status: expect.stringMatching(/^(syncing|success)$/) });
        expect(updated.statusReason ?? null, 'the answered statusReason').toBeNull();
        const [listed] = await listAll();
        expect(listed?.statusReason ?? null, 'the listed statusReason').toBeNull();
      });

      it('answers not_found for an unknown data source', async () => {
        await expectFailure(
          api.startReauthorization({ dataSourceId: 'ds_missing', redirectUri: harness.redirectUri }),
          {
            kind: 'not_found',
            code: 'not_found',
            status: 404,
          },
        );
      });
    });

    describe('deleting', () => {
      it('deletes a data source, and answers not_found when it is deleted again', async () => {
        const connected = await connect();
        await expect(api.deleteDataSource({ dataSourceId: connected.id })).resolves.toBeUndefined();
        expect(ids(await listAll())).not.toContain(connected.id);
        await expectFailure(api.deleteDataSource({ dataSourceId: connected.id }), {
          kind: 'not_found',
          code: 'not_found',
          status: 404,
        });
      });

      it('deletes a seeded data source', async () => {
        const [seeded, ...rest] = await listAll();
        await api.deleteDataSource({ dataSourceId: seeded?.id ?? '' });
        expect(ids(await listAll())).toEqual(ids(rest));
      });
    });

    /** Every method, called with arguments that would succeed for an administrator. */
    async function everyMethod(): Promise<
      [string, (target: ConnectionsApi, signal?: AbortSignal) => Promise<unknown>][]
    > {
      const [seeded] = await listAll();
      const dataSourceId = seeded?.id ?? '';
      const { redirectUri } = harness;
      const redirect = await harness.consent(await start());
      return [
        ['listIntegrations', (target, signal) => target.listIntegrations({ signal })],
        ['listDataSources', (target, signal) => target.listDataSources({}, { signal })],
        [
          'startAuthorization',
          (target, signal) => target.startAuthorization({ integrationId: 'stripe', redirectUri }, { signal }),
        ],
        [
          'startReauthorization',
          (target, signal) => target.startReauthorization({ dataSourceId, redirectUri }, { signal }),
        ],
        ['completeAuthorization', (target, signal) => target.completeAuthorization(completionOf(redirect), { signal })],
        ['deleteDataSource', (target, signal) => target.deleteDataSource({ dataSourceId }, { signal })],
      ];
    }

    it('refuses every call of a non-admin with forbidden, and changes nothing', async () => {
      const before = await listAll();
      for (const [method, call] of await everyMethod()) {
        await expectFailure(call(harness.nonAdminApi), { kind: 'forbidden', code: 'forbidden', status: 403 }, method);
      }
      expect(ids(await listAll())).toEqual(ids(before));
    });

    it('rejects every call with kind aborted when its signal is aborted, and changes nothing', async () => {
      const before = await listAll();
      for (const [method, call] of await everyMethod()) {
        await expectFailure(call(api, AbortSignal.abort()), { kind: 'aborted' }, method);
      }
      expect(ids(await listAll())).toEqual(ids(before));
    });

    it('rejects with kind aborted when the signal aborts while the call is under way', async () => {
      const controller = new AbortController();
      const pending = api.listDataSources({}, { signal: controller.signal });
      controller.abort();
      await expectFailure(pending, { kind: 'aborted' });
    });
  });
}
