import { randomBytes } from 'node:crypto';
import { standInConnection } from '../../server/demo/standInConnection';
import {
  createConnectionsServer,
  type ConnectionsServer,
  type ConnectionsServerOptions,
} from '../../server/http/createConnectionsServer';
import { createPageCursors } from '../../server/operations/pageCursor';
import { openStorage, type Storage } from '../../server/storage/openStorage';
import { createTokenCipher, tokenKeyId, UnreadableTokenError } from '../../server/storage/tokenCipher';
import type { GrantKey } from '../../server/store/grantStore';
import type { DataSourceQuery } from '../../server/store/DataSourceQuery';
import { createHttpConnectionsApi } from '../../src/api/createHttpConnectionsApi';
import type { DataSource } from '../../src/api/types';
import { createValidatingFetch } from '../support/openapi';
import { installAtStandIn } from './support/installAtStandIn';
import { listedSource } from './support/listAllDataSources';
import './support/processDatabaseReady';
import { startPackagedServer } from './support/startPackagedServer';
import { startStandIn, type TestStandIn } from './support/startStandIn';
import { testRedirectUri } from './support/testServers';

const minutes = (count: number) => count * 60 * 1000;

/**
 * A grant as the code before key ids sealed it (`v1.<nonce>.<tag>.<ciphertext>`), under this key,
 * for the row acct_legacy/ds_legacy: written by that code, so a database from before keeps working.
 */
const legacyKey = Buffer.from('bGVnYWN5LXRva2VuLWtleS1mb3ItdGhlLXRlc3RzLiE=', 'base64');
const legacyAccess = 'v1.fFdg5FybHEGh1Znj.RJICAZRmhbzz7EJQ8F2UZg.SH-mjtwLIVUxEUFicVjTAqWVV9QV';
const legacyRefresh = 'v1.9b89nLUFUlxUOA9c.zwZaILNRWVquhkK4sgGeJQ.UKLdZ8nMVc_mxHSxjUzeUsusmXiKyQ';

describe('the token cipher with a ring of keys', () => {
  const older = randomBytes(32);
  const newer = randomBytes(32);

  it('seals under the newest key, naming it, and opens what an older key of the ring sealed', () => {
    const before = createTokenCipher(older).seal('sk_test_before', 'ws_1/ds_1/access');
    expect(before.startsWith(`v2.${tokenKeyId(older)}.`)).toBe(true);
    const rotated = createTokenCipher([newer, older]);
    expect(rotated.open(before, 'ws_1/ds_1/access')).toBe('sk_test_before');
    const after = rotated.seal('sk_test_after', 'ws_1/ds_1/access');
    expect(after.startsWith(`v2.${tokenKeyId(newer)}.`)).toBe(true);
    expect(rotated.newestPrefix).toBe(`v2.${tokenKeyId(newer)}.`);
    expect(createTokenCipher(newer).open(after, 'ws_1/ds_1/access')).toBe('sk_test_after');
    expect(() => createTokenCipher(older).open(after, 'ws_1/ds_1/access')).toThrow(UnreadableTokenError);
    expect(() => createTokenCipher(newer).open(before, 'ws_1/ds_1/access')).toThrow(
      `sealed under token key ${tokenKeyId(older)}, which is no longer given`,
    );
  });

  it('opens a value sealed before key ids under the key that sealed it, wherever that key is in the ring', () => {
    expect(createTokenCipher(legacyKey).open(legacyAccess, 'acct_legacy/ds_legacy/access')).toBe(
      'sk_test_legacy_access',
    );
    expect(createTokenCipher([newer, legacyKey, older]).open(legacyRefresh, 'acct_legacy/ds_legacy/refresh')).toBe(
      'rt_test_legacy_refresh',
    );
    expect(() => createTokenCipher([newer, older]).open(legacyAccess, 'acct_legacy/ds_legacy/access')).toThrow(
      UnreadableTokenError,
    );
    expect(() => createTokenCipher(legacyKey).open(legacyAccess, 'acct_other/ds_legacy/access')).toThrow(
      UnreadableTokenError,
    );
  });

  it('wants at least one key, each 32 bytes, and keeps a key named twice once', () => {
    expect(() => createTokenCipher([])).toThrow('At least one token encryption key');
    expect(() => createTokenCipher([newer, randomBytes(16)])).toThrow('32 bytes');
    const sealed = createTokenCipher([newer, older, newer]).seal('sk_test', 'ws_1/ds_1/access');
    expect(createTokenCipher(newer).open(sealed, 'ws_1/ds_1/access')).toBe('sk_test');
  });
});

it('signs page cursors with the newest token key, and still reads those an older key of the ring signed', () => {
  const older = randomBytes(32);
  const newer = randomBytes(32);
  const query: DataSourceQuery = {
    sort: 'name',
    order: 'asc',
    limit: 25,
    cursor: undefined,
    q: undefined,
    status: [],
  };
  const position = { id: 'ds_1', value: 'stripe' };
  const before = createPageCursors([older]).make(query, position);
  const rotated = createPageCursors([newer, older]);
  expect(rotated.read(query, before)).toEqual(position);
  const after = rotated.make(query, position);
  expect(createPageCursors([newer]).read(query, after)).toEqual(position);
  expect(() => createPageCursors([older]).read(query, after)).toThrow('The cursor is not one this API made');
});

it('refuses tokenKey and tokenKeys together', () => {
  expect(() =>
    createConnectionsServer({
      stripe: standInConnection('http://127.0.0.1:9', 'connect'),
      authenticate: () => undefined,
      redirectUris: [testRedirectUri],
      tokenKey: randomBytes(32),
      tokenKeys: [randomBytes(32)],
    }),
  ).toThrow('Pass tokenKey or tokenKeys, not both.');
});

/**
 * One account connected to Stripe (apps mode, through the stand-in, which refuses a refresh token
 * it does not know) by a server under key A; then a server over the same database with other
 * keys, as a host restarted with another configuration. The admin's API goes to whichever runs.
 */
describe('a server started again with other token keys', () => {
  const keyA = randomBytes(32);
  const keyB = randomBytes(32);
  const key: GrantKey = { accountId: 'acct_rotation', dataSourceId: '' };
  let standIn: TestStandIn;
  let storage: Storage;
  let server: ConnectionsServer;
  let logged: string[];
  let source: DataSource;

  const api = createHttpConnectionsApi({
    baseUrl: 'https://host.test/api/v1',
    fetch: createValidatingFetch(async (input, init) => server.fetch(new Request(input, init))),
  });

  async function startWith(keys: Pick<ConnectionsServerOptions, 'tokenKey' | 'tokenKeys'>): Promise<void> {
    logged = [];
    server = createConnectionsServer({
      stripe: standInConnection(standIn.url, 'apps'),
      authenticate: () => ({ accountId: key.accountId, userId: 'user_admin', role: 'admin' }),
      redirectUris: [testRedirectUri],
      storage,
      now: standIn.clock.now,
      log: (line) => logged.push(line),
      ...keys,
    });
    await server.ready;
  }

  /** Authorizes at the stand-in (its install page, first account), for a new source or `dataSourceId`'s. */
  async function authorize(dataSourceId?: string): Promise<DataSource> {
    const { authorizationUrl } = dataSourceId
      ? await api.startReauthorization({ dataSourceId, redirectUri: testRedirectUri })
      : await api.startAuthorization({ integrationId: 'stripe', redirectUri: testRedirectUri });
    const { state, code = '' } = await installAtStandIn(authorizationUrl);
    return api.completeAuthorization({ state, code });
  }

  /** The grant's row as stored, sealed. */
  async function storedGrant(): Promise<{ access_token: string; refresh_token: string } | undefined> {
    const [row] = await storage.db.query<{ access_token: string; refresh_token: string }>(
      `SELECT access_token, refresh_token FROM ${storage.schema}.grants WHERE account_id = $1 AND data_source_id = $2`,
      [key.accountId, key.dataSourceId],
    );
    return row;
  }

  async function expectSealedUnder(tokenKey: Buffer): Promise<void> {
    const row = await storedGrant();
    const prefix = `v2.${tokenKeyId(tokenKey)}.`;
    expect([row?.access_token.startsWith(prefix), row?.refresh_token.startsWith(prefix)]).toEqual([true, true]);
  }

  const tokenRequests = () => standIn.requests.filter((request) => request === 'POST /v1/oauth/token').length;

  beforeEach(async () => {
    standIn = await startStandIn();
    storage = await openStorage({ kind: 'memory' });
    await startWith({ tokenKey: keyA });
    source = await authorize();
    key.dataSourceId = source.id;
  });

  afterEach(async () => {
    await server.close();
    await Promise.allSettled([storage.close(), standIn.close()]);
  });

  it('keeps the tokens opening when the old key stays in the ring, seals them again under the new one, and refreshes under it', async () => {
    const installed = await server.accessToken(key);
    expect(installed).toEqual(expect.any(String));

    await startWith({ tokenKeys: [keyB, keyA] });
    expect(await server.accessToken(key)).toBe(installed);
    await expectSealedUnder(keyA);

    await server.refreshDueTokens();
    await expectSealedUnder(keyB);
    await server.refreshDueTokens();
    expect(logged).toEqual(['Sealed the Stripe tokens of 1 data source(s) again under the newest token key.']);
    expect(await server.accessToken(key)).toBe(installed);

    // The refresh an hour on: the stand-in accepts the refresh token, the new ones are sealed under B.
    standIn.clock.advance(minutes(58));
    await server.refreshDueTokens();
    const refreshed = await server.accessToken(key);
    expect(refreshed).toEqual(expect.any(String));
    expect(refreshed).not.toBe(installed);
    expect(tokenRequests()).toBe(2);
    await expectSealedUnder(keyB);

    // The old key may go now.
    await startWith({ tokenKey: keyB });
    await server.refreshDueTokens();
    expect(await server.accessToken(key)).toBe(refreshed);
    expect(logged).toEqual([]);
    expect(await listedSource(api, source.id)).toEqual(source);
  });

  for (const [when, wait] of [
    ['before its access token is due', 0],
    ['once its access token is due', minutes(58)],
  ] as const) {
    it(`marks a source whose key left the ring needs_reauthorization for token_unreadable ${when}, drops its grant, and logs it once across two sweeps`, async () => {
      await startWith({ tokenKeys: [keyB] });
      standIn.clock.advance(wait);
      await server.refreshDueTokens();
      await server.refreshDueTokens();

      expect(logged).toEqual([
        `The access token stored for ${source.id} does not open. It was sealed under token key ${tokenKeyId(keyA)}, ` +
          `which is no longer given. ${source.id} needs re-authorization: its grant is dropped.`,
      ]);
      expect(await listedSource(api, source.id)).toEqual({
        ...source,
        status: 'needs_reauthorization',
        statusReason: 'token_unreadable',
      });
      expect(await storedGrant()).toBeUndefined();
      expect(await server.accessToken(key)).toBeUndefined();
      // Only the install's exchange: nothing was sent to Stripe with a token it could not read.
      expect(tokenRequests()).toBe(1);
    });
  }

  it('does the same when a sync asks for the access token, and a re-authorization clears it', async () => {
    await startWith({ tokenKeys: [keyB] });
    expect(await server.accessToken(key)).toBeUndefined();
    expect(logged).toHaveLength(1);
    expect((await listedSource(api, source.id))?.statusReason).toBe('token_unreadable');

    const reconnected = await authorize(source.id);
    expect(reconnected).toEqual({ ...source, lastConnectionStartedAt: reconnected.lastConnectionStartedAt });
    expect(reconnected).not.toHaveProperty('statusReason');
    expect(await server.accessToken(key)).toEqual(expect.any(String));
    await expectSealedUnder(keyB);
    await server.refreshDueTokens();
    expect(logged).toHaveLength(1);
  });
});

it('opens a grant in a database written before key ids, and seals it again under the newest key with its id', async () => {
  const storage = await openStorage({ kind: 'memory' });
  const logged: string[] = [];
  const newKey = randomBytes(32);
  const key = { accountId: 'acct_legacy', dataSourceId: 'ds_legacy' };
  const packaged = await startPackagedServer({
    storage,
    tokenKeys: [newKey, legacyKey],
    log: (line) => logged.push(line),
  });
  try {
    await packaged.seed(key.accountId, [
      {
        id: key.dataSourceId,
        name: 'Stripe',
        integrationId: 'stripe',
        connection: 'acct_legacy_stripe',
        status: 'success',
        lastConnectionStartedAt: null,
        lastConnectionDurationSeconds: null,
      },
    ]);
    // As that code wrote it: a Connect grant, which does not expire.
    await storage.db.query(
      `INSERT INTO ${storage.schema}.grants (account_id, data_source_id, stripe_user_id, access_token, refresh_token, scope, access_expires_at)
       VALUES ($1, $2, 'acct_legacy_stripe', $3, $4, 'read_only', NULL)`,
      [key.accountId, key.dataSourceId, legacyAccess, legacyRefresh],
    );

    expect(await packaged.server.accessToken(key)).toBe('sk_test_legacy_access');
    await packaged.server.refreshDueTokens();
    const [row] = await storage.db.query<{ access_token: string; refresh_token: string }>(
      `SELECT access_token, refresh_token FROM ${storage.schema}.grants`,
    );
    const cipher = createTokenCipher(newKey);
    expect(row?.access_token.startsWith(cipher.newestPrefix)).toBe(true);
    expect(cipher.open(row?.refresh_token ?? '', 'acct_legacy/ds_legacy/refresh')).toBe('rt_test_legacy_refresh');
    expect(await packaged.server.accessToken(key)).toBe('sk_test_legacy_access');
    expect(logged).toEqual(['Sealed the Stripe tokens of 1 data source(s) again under the newest token key.']);
  } finally {
    await packaged.close();
    await storage.close();
  }
});
