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
  /** The live session `id` names (and marks it used), or undefined for none, an idle one or one past its lifetime. */
  find(id: string | undefined): Promise<DemoSession | undefined>;
  /**
   * Signs in as `role`, keeping the account of the session `currentId` names if there is one, and
   * answers the session's new id: a change of privilege never keeps an id that someone may
   * already know (session fixation).
   */
  signIn(currentId: string | undefined, role: Role): Promise<string>;
  /** Ends the session `id` names, if any. */
  signOut(id: string | undefined): Promise<void>;
}

export interface DemoSessionsOptions {
  /** What every new demo account's Data Sources table starts with. */
  seedDataSources: readonly DataSource[];
  /**
   * How many sessions are kept; past it the least recently used go, which bounds what anonymous
   * sign-ins can make the demo store and never takes a session in use first.
   * @default 1000
   */
  maxSessions?: number;
  /**
   * How long a session lives unused.
   * @default 12 hours
   */
  idleLifetimeMs?: number;
  /**
   * How long a session lives from its sign-in, used or not.
   * @default 7 days
   */
  absoluteLifetimeMs?: number;
  /** @default () => new Date() */
  now?: () => Date;
}

/** A use within this long of the last one recorded is not written again: one write per second at most. */
const useResolutionMs = 1000;

interface SessionRow {
  role: Role;
  account_id: string;
  signed_in_at: Date;
  last_used_at: Date;
}

/** The demo's sessions, in a `sessions` table beside the server's (whose `accounts` it shares). */
export async function createDemoSessions(
  storage: Storage,
  {
    seedDataSources,
    maxSessions = 1000,
    idleLifetimeMs = 12 * 60 * 60 * 1000,
    absoluteLifetimeMs = 7 * 24 * 60 * 60 * 1000,
    now = () => new Date(),
  }: DemoSessionsOptions,
): Promise<DemoSessions> {
  const { db, schema } = storage;
  const table = `${schema}.sessions`;
  const dataSources = createDataSourceStore(storage);
  // The times are new columns for a table older demos made without them.
  await db.exec(`
CREATE TABLE IF NOT EXISTS ${table} (
  id_hash text PRIMARY KEY,
  account_id text NOT NULL REFERENCES ${schema}.accounts (id) ON DELETE CASCADE,
  role text NOT NULL,
  signed_in_order bigserial
);
ALTER TABLE ${table} ADD COLUMN IF NOT EXISTS signed_in_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE ${table} ADD COLUMN IF NOT EXISTS last_used_at timestamptz NOT NULL DEFAULT now();
CREATE INDEX IF NOT EXISTS sessions_by_use ON ${table} (last_used_at);`);

  const expired = (row: SessionRow, time: number) =>
    time - row.last_used_at.getTime() > idleLifetimeMs || time - row.signed_in_at.getTime() > absoluteLifetimeMs;

  async function find(id: string | undefined): Promise<DemoSession | undefined> {
    if (id === undefined) return undefined;
    const idHash = hashToken(id);
    const [row] = await db.query<SessionRow>(
      `SELECT role, account_id, signed_in_at, last_used_at FROM ${table} WHERE id_hash = $1`,
      [idHash],
    );
    if (!row) return undefined;
    const time = now().getTime();
    if (expired(row, time)) {
      await db.query(`DELETE FROM ${table} WHERE id_hash = $1`, [idHash]);
      return undefined;
    }
    if (time - row.last_used_at.getTime() >= useResolutionMs) {
      await db.query(`UPDATE ${table} SET last_used_at = $2 WHERE id_hash = $1`, [idHash, new Date(time)]);
    }
    return { role: row.role, accountId: row.account_id };
  }

  async function newAccount(): Promise<string> {
    const accountId = `demo_${randomToken(12)}`;
    await dataSources.insert(accountId, seedDataSources);
    return accountId;
  }

  /**
   * Drops the sessions past their lifetimes and the least recently used past `maxSessions`, and
   * the demo accounts left with no session, unless they hold a Stripe grant: a grant is never
   * dropped without giving up the access at Stripe, and giving it up is the user's choice (Delete).
   */
  async function sweep(time: Date): Promise<void> {
    const dropped = await db.query<{ account_id: string }>(
      `DELETE FROM ${table} WHERE last_used_at < $1 OR signed_in_at < $2 OR id_hash IN
         (SELECT id_hash FROM ${table} ORDER BY last_used_at DESC, signed_in_order DESC OFFSET $3)
       RETURNING account_id`,
      [new Date(time.getTime() - idleLifetimeMs), new Date(time.getTime() - absoluteLifetimeMs), maxSessions],
    );
    if (dropped.length === 0) return;
    // Only the accounts of the sessions just dropped: one being set up by a sign-in under way
    // has no session yet, and must not go.
    await db.query(
      `DELETE FROM ${schema}.accounts a WHERE a.id = ANY($1::text[])
         AND NOT EXISTS (SELECT 1 FROM ${table} s WHERE s.account_id = a.id)
         AND NOT EXISTS (SELECT 1 FROM ${schema}.grants g WHERE g.account_id = a.id)`,
      [dropped.map((row) => row.account_id)],
    );
  }

  return {
    find,

    async signIn(currentId, role) {
      const existing = await find(currentId);
      if (currentId !== undefined) await db.query(`DELETE FROM ${table} WHERE id_hash = $1`, [hashToken(currentId)]);
      const accountId = existing?.accountId ?? (await newAccount());
      const id = randomToken(32);
      const time = now();
      await db.query(
        `INSERT INTO ${table} (id_hash, account_id, role, signed_in_at, last_used_at) VALUES ($1, $2, $3, $4, $4)`,
        [hashToken(id), accountId, role, time],
      );
      await sweep(time);
      return id;
    },

    async signOut(id) {
      if (id !== undefined) await db.query(`DELETE FROM ${table} WHERE id_hash = $1`, [hashToken(id)]);
    },
  };
}
