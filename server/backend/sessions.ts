import type { DataSource } from '../../src/api/types';
import type { Role } from '../../src/context/Role';
import { randomToken } from '../randomToken';
import { createAuthorizationStates, type AuthorizationStates } from './authorizationStates';
import type { StripeGrant } from './stripeClient';

/**
 * A signed-in user of the demo and everything the backend keeps for them.
 *
 * The data sources live in the session rather than globally: the reference backend serves a demo
 * that many people (and every Playwright test, each in a fresh browser context) try at once, and
 * each of them should start from the product's table and see only their own changes. A real
 * backend would keep them per account instead; nothing in the contract depends on which.
 */
export interface Session {
  role: Role;
  dataSources: DataSource[];
  /** Stripe's tokens by data source id. Server-side only: no answer ever includes them. */
  grants: Map<string, StripeGrant>;
  authorizations: AuthorizationStates;
}

export interface SessionStore {
  find(id: string | undefined): Session | undefined;
  /** Every session, for the rules that span them (a Stripe account is connected once for all). */
  all(): IterableIterator<Session>;
  /**
   * Signs in as `role`, keeping the data of the session `currentId` names if there is one, and
   * answers the session's new id: a change of privilege never keeps an id that someone may
   * already know (session fixation).
   */
  signIn(currentId: string | undefined, role: Role): string;
}

export interface SessionStoreOptions {
  seedDataSources: readonly DataSource[];
  now: () => Date;
  /**
   * How many sessions are kept; past it the least recently signed-in one is dropped, which bounds
   * the memory an anonymous client can make the demo backend use.
   * @default 1000
   */
  maxSessions?: number;
}

export function createSessionStore({ seedDataSources, now, maxSessions = 1000 }: SessionStoreOptions): SessionStore {
  // A Map iterates in insertion order, and signIn re-inserts: the first key is the stalest.
  const sessions = new Map<string, Session>();

  return {
    find: (id) => (id === undefined ? undefined : sessions.get(id)),

    all: () => sessions.values(),

    signIn(currentId, role) {
      const existing = currentId === undefined ? undefined : sessions.get(currentId);
      if (currentId !== undefined) sessions.delete(currentId);
      const session: Session = existing ?? {
        role,
        dataSources: structuredClone([...seedDataSources]),
        grants: new Map(),
        authorizations: createAuthorizationStates(now),
      };
      session.role = role;
      const id = randomToken(32);
      sessions.set(id, session);
      for (const stalest of sessions.keys()) {
        if (sessions.size <= maxSessions) break;
        sessions.delete(stalest);
      }
      return id;
    },
  };
}
