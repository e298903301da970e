import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import type { StorageOptions } from '../../server/storage/StorageOptions';
import { productDataSources } from '../../src/testing/fixtures';
import { freePort } from '../support/freePort';
import { signedInClient } from './support/backendClient';
import { installAtStandIn } from './support/installAtStandIn';
import { byName, listAllDataSources } from './support/listAllDataSources';
import { startBackend } from './support/startBackend';
import { startStandIn } from './support/startStandIn';
import { testRedirectUri } from './support/testServers';

/** Opening a PGlite folder runs PostgreSQL's start-up in WebAssembly: seconds on a busy machine. */
const slow = 120_000;

/**
 * Connects Stripe (apps mode, through the stand-in) and deletes a seeded source on a backend over
 * `storage`, stops it, starts a new backend over the same storage and key, and checks that the
 * same browser (its session cookie) finds exactly what it left, and that the sealed tokens still
 * open: the refresh an hour later is accepted by the stand-in, which refuses a spent or unknown
 * refresh token.
 */
async function expectRestartKeepsEverything(storage: StorageOptions): Promise<void> {
  const standIn = await startStandIn();
  const tokenKey = randomBytes(32);
  const options = { mode: 'apps' as const, storage, tokenKey, now: standIn.clock.now };
  let backend = await startBackend(standIn.url, productDataSources, options);
  try {
    const admin = await signedInClient(backend.url);
    const { authorizationUrl } = await admin.api.startAuthorization({
      integrationId: 'stripe',
      redirectUri: testRedirectUri,
    });
    const { state, code = '' } = await installAtStandIn(authorizationUrl);
    const stripe = await admin.api.completeAuthorization({ state, code });
    await admin.api.deleteDataSource({ dataSourceId: 'ds_mysql' });
    const before = await listAllDataSources(admin.api);
    expect(before).toEqual(byName([...productDataSources.filter(({ id }) => id !== 'ds_mysql'), stripe]));

    await backend.close();
    // Started anew where it was, so the browser's cookie jar (the same client) reaches it.
    backend = await startBackend(standIn.url, productDataSources, {
      ...options,
      port: Number(new URL(backend.url).port),
    });
    expect(await listAllDataSources(admin.api)).toEqual(before);
    // A new sign-in still gets the seed, in a account of its own.
    expect(await listAllDataSources((await signedInClient(backend.url)).api)).toEqual(byName(productDataSources));

    standIn.clock.advance(58 * 60 * 1000);
    await backend.refreshDueTokens();
    expect(backend.logged).toEqual([]);
    expect((await listAllDataSources(admin.api)).find(({ id }) => id === stripe.id)).toEqual(stripe);
  } finally {
    // Settled, not all: after a failed restart the old backend is already closed.
    await Promise.allSettled([backend.close(), standIn.close()]);
  }
}

it('keeps sessions, sources and tokens across a restart over a PGlite folder', { timeout: slow }, async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'connections-restart-'));
  try {
    await expectRestartKeepsEverything({ kind: 'directory', path: folder });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

it('keeps them over PostgreSQL at a DATABASE_URL, reached through pg', { timeout: slow }, async () => {
  // A PostgreSQL server in this process: PGlite served over the wire protocol on 127.0.0.1.
  const db = await PGlite.create();
  // Room for the pool of each backend, the first one's connections closing as the second's open.
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: await freePort(), maxConnections: 20 });
  await server.start();
  try {
    const url = `postgres://postgres@${server.getServerConn()}/postgres`;
    await expectRestartKeepsEverything({ kind: 'postgres', url, schema: 'restart_test' });
  } finally {
    await server.stop();
    await db.close();
  }
});
