import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createGrantStore } from '../../server/backend/store/grantStore';
import { openStorage } from '../../server/storage/openStorage';
import { createTokenCipher } from '../../server/storage/tokenCipher';
import { resolveTokenKey } from '../../server/storage/tokenKey';
import './support/processDatabaseReady';

describe('the token cipher (AES-256-GCM)', () => {
  const cipher = createTokenCipher(randomBytes(32));

  it('opens what it sealed, and never stores the token in the clear', () => {
    const sealed = cipher.seal('sk_test_secret_token', 'ws_1/ds_1/access');
    expect(sealed).toMatch(/^v1\./);
    expect(sealed).not.toContain('sk_test_secret_token');
    expect(cipher.seal('sk_test_secret_token', 'ws_1/ds_1/access')).not.toBe(sealed);
    expect(cipher.open(sealed, 'ws_1/ds_1/access')).toBe('sk_test_secret_token');
  });

  it('refuses a token moved to another row, altered, or sealed under another key', () => {
    const sealed = cipher.seal('sk_test_secret_token', 'ws_1/ds_1/access');
    expect(() => cipher.open(sealed, 'ws_2/ds_1/access')).toThrow();
    const parts = sealed.split('.');
    const body = Buffer.from(parts[3] ?? '', 'base64url');
    body[0] = (body[0] ?? 0) ^ 1;
    expect(() =>
      cipher.open([...parts.slice(0, 3), body.toString('base64url')].join('.'), 'ws_1/ds_1/access'),
    ).toThrow();
    expect(() => createTokenCipher(randomBytes(32)).open(sealed, 'ws_1/ds_1/access')).toThrow();
  });

  it('wants a 32-byte key', () => {
    expect(() => createTokenCipher(randomBytes(16))).toThrow('32 bytes');
  });
});

describe('the token key', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'token-key-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('comes from TOKEN_ENCRYPTION_KEY when set', async () => {
    const key = randomBytes(32);
    expect(await resolveTokenKey({ TOKEN_ENCRYPTION_KEY: key.toString('base64') }, folder)).toEqual(key);
  });

  it('is a clear startup error in production without TOKEN_ENCRYPTION_KEY', async () => {
    await expect(resolveTokenKey({ NODE_ENV: 'production' }, folder)).rejects.toThrow(
      /TOKEN_ENCRYPTION_KEY is not set\. In production/,
    );
  });

  it('refuses a key that is not 32 bytes', async () => {
    await expect(resolveTokenKey({ TOKEN_ENCRYPTION_KEY: 'c2hvcnQ=' }, folder)).rejects.toThrow('32 bytes');
  });

  it('is made on the first run outside production, kept in the data folder for its owner only, and read again', async () => {
    const first = await resolveTokenKey({}, folder);
    const file = path.join(folder, 'token-key');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(Buffer.from((await readFile(file, 'utf8')).trim(), 'base64')).toEqual(first);
    expect(await resolveTokenKey({}, folder)).toEqual(first);
  });
});

it('writes grants to the database sealed, and reads them back opened', async () => {
  const storage = await openStorage({ kind: 'memory' });
  try {
    await storage.db.query(`INSERT INTO ${storage.schema}.workspaces (id) VALUES ('ws_1')`);
    await storage.db.query(
      `INSERT INTO ${storage.schema}.data_sources (workspace_id, id, name, name_key, search_text, integration_id, connection, status)
       VALUES ('ws_1', 'ds_1', 'Stripe', 'stripe', 'stripe', 'stripe', 'acct_1', 'syncing')`,
    );
    const grants = createGrantStore(storage, createTokenCipher(randomBytes(32)));
    const grant = {
      stripeUserId: 'acct_1',
      accessToken: 'sk_test_plain_access',
      refreshToken: 'rt_test_plain_refresh',
      scope: 'stripe_apps',
      expiresAt: new Date('2026-11-26T13:00:00.000Z'),
    };
    await grants.save({ workspaceId: 'ws_1', dataSourceId: 'ds_1' }, grant);
    const rows = await storage.db.query<Record<string, unknown>>(`SELECT * FROM ${storage.schema}.grants`);
    expect(JSON.stringify(rows)).not.toContain('plain');
    expect(await grants.get({ workspaceId: 'ws_1', dataSourceId: 'ds_1' })).toEqual(grant);
  } finally {
    await storage.close();
  }
});
