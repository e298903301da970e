import { Hono } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { parse } from 'hono/utils/cookie';
import type { DataSource } from '../../src/api/types';
import type { Role } from '../../src/context/Role';
import { compileSchema } from '../http/contractSchemas';
import { readValidJsonBody } from '../http/readJsonBody';
import type { Authenticate } from '../operations/Caller';
import type { Storage } from '../storage/openStorage';
import { createDemoSessions } from './demoSessions';

const sessionCookieName = 'cw_session';

/** Where the demo's sign-in lives under the API's base path. Not part of the contract: a host has its own sign-in. */
export const demoSessionPath = '/session';

const validateSessionRequest = compileSchema({
  type: 'object',
  additionalProperties: false,
  required: ['role'],
  properties: { role: { enum: ['admin', 'standard', 'read-only'] } },
});

export interface DemoAuthentication {
  /** The demo's `authenticate`: the session cookie's demo account and user. */
  authenticate: Authenticate;
  /**
   * `POST <basePath>/session { role }`: the demo's Role selector. Signs in (or changes the role of
   * the current session, keeping its account) and answers 204 with the session cookie.
   */
  signInRoute: Hono;
}

/**
 * The demo's sign-in, which lets any caller choose their role: for the demo and for tests only.
 * Each demo account has one user per role, `<account>/<role>`.
 */
export async function createDemoAuthentication(
  storage: Storage,
  options: { seedDataSources: readonly DataSource[] },
): Promise<DemoAuthentication> {
  const sessions = await createDemoSessions(storage, options);
  const signInRoute = new Hono().post(demoSessionPath, async (c) => {
    const { role } = (await readValidJsonBody(c.req.raw, validateSessionRequest)) as { role: Role };
    const sessionId = await sessions.signIn(getCookie(c, sessionCookieName), role);
    // HttpOnly so no script can read it, SameSite=Lax so no other site can make a browser send it
    // with a POST, Secure whenever it came over TLS.
    setCookie(c, sessionCookieName, sessionId, {
      path: '/',
      httpOnly: true,
      sameSite: 'Lax',
      secure: new URL(c.req.url).protocol === 'https:',
    });
    c.header('Cache-Control', 'no-store');
    return c.body(null, 204);
  });
  return {
    authenticate: async (request) => {
      const session = await sessions.find(
        parse(request.headers.get('cookie') ?? '', sessionCookieName)[sessionCookieName],
      );
      return (
        session && { accountId: session.accountId, userId: `${session.accountId}/${session.role}`, role: session.role }
      );
    },
    signInRoute,
  };
}
