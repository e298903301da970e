import type { Role } from '../../src/context/Role';

/**
 * Who is asking, as the host's own sign-in says: the account whose data this is, the user, and
 * their role in that account. Data sources, grants and authorizations belong to the account;
 * an authorization is also bound to the user who started it.
 */
export interface Caller {
  accountId: string;
  userId: string;
  role: Role;
}

/**
 * The host's answer to "who sent this request?", asked on every request: the caller, or
 * undefined for nobody (401). It reads what the host's sign-in put on the request (a session
 * cookie, a bearer token) and must not read the body, which the server reads after it.
 */
export type Authenticate = (request: Request) => Caller | undefined | Promise<Caller | undefined>;
