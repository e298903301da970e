import type { DataSource } from '../../../src/api/types';
import type { Role } from '../../../src/context/Role';
import { randomToken } from '../../randomToken';
import type { Storage } from '../../storage/openStorage';
import type { DataSourceStore } from './dataSourceStore';
import { hashToken } from './hashToken';

/**
 * A signed-in user of the demo: their role, and the workspace their data belongs to.
 *
 * The data sources belong to a workspace rather than to one session id: the reference backend
 * serves a demo that many people (and every Playwright test, each in a fresh browser context) try
 * at once, and each of them starts from the product's table and sees only their own changes. A
 * new sign-in gets a new session id (against session fixation) but stays in its workspace, and
 * sessions are stored like the data, so a restarted backend still knows the browser's cookie and
 * finds the sources again. A real backend keeps sources per customer account the same way.
 */
export interface Session {
  role: Role;
  workspaceId: string;
}

export interface SessionStore {
  find(id: string | undefined): Promise<Session | undefined>;
  /**
   * Signs in as `role`, keeping the workspace of the session `currentId` names if there is one, and
   * answers the session's new id: a change of privilege never keeps an id that someone may
   * already know (session fixation).
   */
  signIn(currentId: string | undefined, role: Role): Promise<string>;
}

export interface SessionStoreOptions {
  seedDataSources: readonly DataSource[];
  dataSources: DataSourceStore;
  /**
   * How many sessions are kept; past it the least recently signed-in one goes, with its workspace
   * when no other session has it, which bounds what an anonymous client can make the demo store.
   * @default 1000
   */
  maxSessions?: number;
}

export function createSessionStore(
  { db, schema }: Storage,
  { seedDataSources, dataSources, maxSessions = 1000 }: SessionStoreOptions,
): SessionStore {
  async function find(id: string | undefined): Promise<Session | undefined> {
    if (id === undefined) return undefined;
    const [row] = await db.query<{ role: Role; workspace_id: string }>(
      `SELECT role, workspace_id FROM ${schema}.sessions WHERE id_hash = $1`,
      [hashToken(id)],
    );
    return row && { role: row.role, workspaceId: row.workspace_id };
  }

  async function newWorkspace(): Promise<string> {
    const workspaceId = `ws_${randomToken(12)}`;
    await db.query(`INSERT INTO ${schema}.workspaces (id) VALUES ($1)`, [workspaceId]);
    await dataSources.insert(workspaceId, seedDataSources);
    return workspaceId;
  }

  return {
    find,

    async signIn(currentId, role) {
      const existing = await find(currentId);
      if (currentId !== undefined) {
        await db.query(`DELETE FROM ${schema}.sessions WHERE id_hash = $1`, [hashToken(currentId)]);
      }
      const workspaceId = existing?.workspaceId ?? (await newWorkspace());
      const id = randomToken(32);
      await db.query(`INSERT INTO ${schema}.sessions (id_hash, workspace_id, role) VALUES ($1, $2, $3)`, [
        hashToken(id),
        workspaceId,
        role,
      ]);
      const dropped = await db.query<{ workspace_id: string }>(
        `DELETE FROM ${schema}.sessions WHERE id_hash IN
           (SELECT id_hash FROM ${schema}.sessions ORDER BY signed_in_order DESC OFFSET $1)
         RETURNING workspace_id`,
        [maxSessions],
      );
      // Only the workspaces of the sessions just dropped: one being set up by a sign-in under way
      // has no session yet, and must not go.
      if (dropped.length > 0) {
        await db.query(
          `DELETE FROM ${schema}.workspaces w WHERE w.id = ANY($1::text[])
             AND NOT EXISTS (SELECT 1 FROM ${schema}.sessions s WHERE s.workspace_id = w.id)`,
          [dropped.map((row) => row.workspace_id)],
        );
      }
      return id;
    },
  };
}
