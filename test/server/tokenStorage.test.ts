import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createGrantStore } from '../../server/store/grantStore';
import { openPgliteDatabase } from '../../server/storage/openPgliteDatabase';
import { openStorage } from '../../server/storage/openStorage';
import { createTokenCipher } from '../../server/storage/tokenCipher';
import { resolveTokenKeys } from '../../server/storage/tokenKey';
import './support/processDatabaseReady';

describe('the token cipher (AES-256-GCM)', () => {
  const cipher = createTokenCipher(randomBytes(32));

  it('opens what it sealed, and never stores the token in the clear', () => {
    const sealed = cipher.seal('sk_test_secret_token', 'ws_1/ds_1/access');
    expect(sealed).toMatch(/^v2\./);
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
    expect(await resolveTokenKeys({ TOKEN_ENCRYPTION_KEY: key.toString('base64') }, folder)).toEqual([key]);
  });

  it('is a ring, newest first, when TOKEN_ENCRYPTION_KEY lists several separated by commas', async () => {
    const [newer, older] = [randomBytes(32), randomBytes(32)];
    const listed = `${newer.toString('base64')}, ${older.toString('base64')}`;
    expect(await resolveTokenKeys({ TOKEN_ENCRYPTION_KEY: listed }, folder)).toEqual([newer, older]);
    await expect(resolveTokenKeys({ TOKEN_ENCRYPTION_KEY: `${listed},c2hvcnQ=` }, folder)).rejects.toThrow(
      'Key 3 of TOKEN_ENCRYPTION_KEY must hold 32 bytes',
    );
    await expect(resolveTokenKeys({ TOKEN_ENCRYPTION_KEY: `${listed},` }, folder)).rejects.toThrow(
      'Key 3 of TOKEN_ENCRYPTION_KEY must hold 32 bytes',
    );
  });

  it('is a clear startup error in production without TOKEN_ENCRYPTION_KEY', async () => {
    await expect(resolveTokenKeys({ NODE_ENV: 'production' }, folder)).rejects.toThrow(
      /TOKEN_ENCRYPTION_KEY is not set\. In production/,
    );
  });

  it('refuses a key that is not 32 bytes', async () => {
    await expect(resolveTokenKeys({ TOKEN_ENCRYPTION_KEY: 'c2hvcnQ=' }, folder)).rejects.toThrow('32 bytes');
  });

  it('is made on the first run outside production, kept in the data folder for its owner only, and read again', async () => {
    const [first] = await resolveTokenKeys({}, folder);
    const file = path.join(folder, 'token-key');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(Buffer.from((await readFile(file, 'utf8')).trim(), 'base64')).toEqual(first);
    expect(await resolveTokenKeys({}, folder)).toEqual([first]);
  });

  it('keeps its data folder for its owner only: a new one is made 0700, and an existing one open to others is narrowed', async () => {
    const fresh = path.join(folder, 'parent', '.data');
    await resolveTokenKeys({}, fresh);
    expect((await stat(fresh)).mode & 0o777).toBe(0o700);
    expect((await stat(path.dirname(fresh))).mode & 0o777).toBe(0o700);

    await chmod(folder, 0o777);
    await resolveTokenKeys({}, folder);
    expect((await stat(folder)).mode & 0o777).toBe(0o700);
  });

  it('refuses to start on a key file that group or others may read or write, saying how to fix it', async () => {
    const file = path.join(folder, 'token-key');
    await writeFile(file, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
    for (const mode of [0o644, 0o640, 0o604, 0o620, 0o602]) {
      await chmod(file, mode);
      await expect(resolveTokenKeys({}, folder)).rejects.toThrow(
        `${file} may be read or changed by other users (mode ${mode.toString(8)}); it must be 600. Run \`chmod 600 ${file}\``,
      );
    }
    await chmod(file, 0o400);
    expect((await resolveTokenKeys({}, folder))[0]).toHaveLength(32);
  });
});

it("keeps PGlite's folder for its owner only (PGlite makes its files 0666): made 0700, and narrowed when open to others", async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'pglite-folder-'));
  try {
    const fresh = path.join(folder, '.data', 'pglite');
    const database = await openPgliteDatabase(fresh);
    await database.close();
    expect((await stat(fresh)).mode & 0o777).toBe(0o700);
    expect((await stat(path.dirname(fresh))).mode & 0o777).toBe(0o700);

    await chmod(fresh, 0o777);
    const reopened = await openPgliteDatabase(fresh);
    await reopened.close();
    expect((await stat(fresh)).mode & 0o777).toBe(0o700);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}, 60_000);

it('writes grants to the database sealed, and reads them back opened', async () => {
  const storage = await openStorage({ kind: 'memory' });
  try {
    await storage.db.query(`INSERT INTO ${storage.schema}.accounts (id) VALUES ('ws_1')`);
    await storage.db.query(
      `INSERT INTO ${storage.schema}.data_sources (account_id, id, name, name_key, search_text, integration_id, connection, status)
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
    await grants.save({ accountId: 'ws_1', dataSourceId: 'ds_1' }, grant);
    const rows = await storage.db.query<Record<string, unknown>>(`SELECT * FROM ${storage.schema}.grants`);
    expect(JSON.stringify(rows)).not.toContain('plain');
    expect(await grants.get({ accountId: 'ws_1', dataSourceId: 'ds_1' })).toEqual(grant);
  } finally {
    await storage.close();
  }
});
