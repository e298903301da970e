import type { DataSource } from '../../src/api/types';
import type { Role } from '../../src/context/Role';
import { randomToken } from '../common/randomToken';
import type { Storage } from '../storage/openStorage';
import { createDataSourceStore } from '../store/dataSourceStore';
import { hashToken } from '../store/hashToken';

/**
 * A signed-in user of the demo: their role, and the demo account their data belongs to.
 *
 * The demo's choice: each new browser gets a demo account of its own, with an administrator, a
 * standard and a read-only user, and the Role selector signs in as one of them. The reference
 * backend serves a demo that many people (and every Playwright test, each in a fresh browser
 * context) try at once; each starts from the product's table and sees only their own changes. A
 * new sign-in gets a new session id (against session fixation) but stays in its account, and
 * sessions are stored like the data, so a restarted backend still knows the browser's cookie.
 * A host has its own users and accounts, and its own `authenticate`.
 */
export interface DemoSession {
  role: Role;
  accountId: string;
}

export interface DemoSessions {
  find(id: string | undefined): Promise<DemoSession | undefined>;
  /**
   * Signs in as `role`, keeping the account of the session `currentId` names if there is one, and
   * answers the session's new id: a change of privilege never keeps an id that someone may
   * already know (session fixation).
   */
  signIn(currentId: string | undefined, role: Role): Promise<string>;
}

export interface DemoSessionsOptions {
  /** What every new demo account's Data Sources table starts with. */
  seedDataSources: readonly DataSource[];
  /**
   * How many sessions are kept; past it the least recently signed-in one goes, with its account
   * when no other session has it, which bounds what an anonymous client can make the demo store.
   * @default 1000
   */
  maxSessions?: number;
}

/** The demo's sessions, in a `sessions` table beside the server's (whose `accounts` it shares). */
export async function createDemoSessions(
  storage: Storage,
  { seedDataSources, maxSessions = 1000 }: DemoSessionsOptions,
): Promise<DemoSessions> {
  const { db, schema } = storage;
  const dataSources = createDataSourceStore(storage);
  await db.exec(`
CREATE TABLE IF NOT EXISTS ${schema}.sessions (
  id_hash text PRIMARY KEY,
  account_id text NOT NULL REFERENCES ${schema}.accounts (id) ON DELETE CASCADE,
  role text NOT NULL,
  signed_in_order bigserial
);`);

  async function find(id: string | undefined): Promise<DemoSession | undefined> {
    if (id === undefined) return undefined;
    const [row] = await db.query<{ role: Role; account_id: string }>(
      `SELECT role, account_id FROM ${schema}.sessions WHERE id_hash = $1`,
      [hashToken(id)],
    );
    return row && { role: row.role, accountId: row.account_id };
  }

  async function newAccount(): Promise<string> {
    const accountId = `demo_${randomToken(12)}`;
    await dataSources.insert(accountId, seedDataSources);
    return accountId;
  }

  return {
    find,

    async signIn(currentId, role) {
      const existing = await find(currentId);
      if (currentId !== undefined) {
        await db.query(`DELETE FROM ${schema}.sessions WHERE id_hash = $1`, [hashToken(currentId)]);
      }
      const accountId = existing?.accountId ?? (await newAccount());
      const id = randomToken(32);
      await db.query(`INSERT INTO ${schema}.sessions (id_hash, account_id, role) VALUES ($1, $2, $3)`, [
        hashToken(id),
        accountId,
        role,
      ]);
      const dropped = await db.query<{ account_id: string }>(
        `DELETE FROM ${schema}.sessions WHERE id_hash IN
           (SELECT id_hash FROM ${schema}.sessions ORDER BY signed_in_order DESC OFFSET $1)
         RETURNING account_id`,
        [maxSessions],
      );
      // Only the accounts of the sessions just dropped: one being set up by a sign-in under way
      // has no session yet, and must not go.
      if (dropped.length > 0) {
        await db.query(
          `DELETE FROM ${schema}.accounts a WHERE a.id = ANY($1::text[])
             AND NOT EXISTS (SELECT 1 FROM ${schema}.sessions s WHERE s.account_id = a.id)`,
          [dropped.map((row) => row.account_id)],
        );
      }
      return id;
    },
  };
}
