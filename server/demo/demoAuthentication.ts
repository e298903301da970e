import { Hono, type MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Role } from '../../src/context/Role';
import { clientOf } from '../common/clientOf';
import { compileSchema } from '../http/contractSchemas';
import { errorResponse } from '../http/jsonResponse';
import { readValidJsonBody } from '../http/readJsonBody';
import type { Authenticate } from '../operations/Caller';
import type { Storage } from '../storage/openStorage';
import { createDemoSessions, type DemoSessionsOptions } from './demoSessions';
import { createRateLimit } from './signInRateLimit';

/** Where the demo's sign-in lives under the API's base path. Not part of the contract: a host has its own sign-in. */
export const demoSessionPath = '/session';

const validateSessionRequest = compileSchema({
  type: 'object',
  additionalProperties: false,
  required: ['role'],
  properties: { role: { enum: ['admin', 'standard', 'read-only'] } },
});

export interface DemoAuthenticationOptions extends DemoSessionsOptions {
  /**
   * Sends the session cookie `Secure` and names it `__Host-cw_session`, which no other subdomain
   * and no other path can set (against cookie tossing). Browsers take Secure cookies from
   * `http://localhost` too; only a demo served over plain http on another name needs it off.
   * @default true
   */
  secureCookie?: boolean;
  /**
   * How many sign-ins one client (its address) may make: `burst` at once, then `perMinute`.
   * @default { burst: 60, perMinute: 120 }
   */
  signInRate?: { burst: number; perMinute: number };
}

export interface DemoAuthentication {
  /** The demo's `authenticate`: the session cookie's demo account and user. */
  authenticate: Authenticate;
  /**
   * Runs before every request: one with more than one session cookie (a cookie tossed in by a
   * sibling site, sent before the real one) is refused with 401, and the cookies are expired.
   */
  refuseTossedCookies: MiddlewareHandler;
  /**
   * `POST <basePath>/session { role }`, the demo's Role selector: signs in (or changes the role of
   * the current session, keeping its account) and answers 204 with the session cookie; 429 past
   * the rate. `DELETE <basePath>/session` signs out.
   */
  sessionRoutes: Hono;
}

/** Every cookie of the request's header called `name`, in the order sent. */
function cookiesNamed(request: Request, name: string): string[] {
  return (request.headers.get('cookie') ?? '')
    .split(';')
    .map((pair) => pair.split('='))
    .filter(([key]) => key?.trim() === name)
    .map(([, ...value]) => value.join('=').trim());
}

/** `/`, `/api`, `/api/v1`, …: every path a cookie sent to `pathname` may have been set on. */
function pathsAbove(pathname: string): string[] {
  const parts = pathname.split('/').filter(Boolean);
  return ['/', ...parts.map((_, index) => `/${parts.slice(0, index + 1).join('/')}`)];
}

/**
 * The demo's sign-in, which lets any caller choose their role: for the demo and for tests only.
 * Each demo account has one user per role, `<account>/<role>`.
 */
export async function createDemoAuthentication(
  storage: Storage,
  { secureCookie = true, signInRate = { burst: 60, perMinute: 120 }, ...options }: DemoAuthenticationOptions,
): Promise<DemoAuthentication> {
  const sessions = await createDemoSessions(storage, options);
  const cookieName = secureCookie ? '__Host-cw_session' : 'cw_session';
  const signIns = createRateLimit({ ...signInRate, now: options.now });
  const cookieAttributes = { path: '/', httpOnly: true, secure: secureCookie, sameSite: 'Lax' } as const;

  const sessionRoutes = new Hono()
    .post(demoSessionPath, async (c) => {
      const decision = signIns.take(clientOf(c));
      if (!decision.allowed) {
        const refused = errorResponse(429, 'rate_limited', 'Too many sign-ins from this client. Try again later.');
        refused.headers.set('Retry-After', String(decision.retryAfterSeconds));
        return refused;
      }
      const { role } = (await readValidJsonBody(c.req.raw, validateSessionRequest)) as { role: Role };
      const sessionId = await sessions.signIn(getCookie(c, cookieName), role);
      setCookie(c, cookieName, sessionId, cookieAttributes);
      return c.body(null, 204);
    })
    .delete(demoSessionPath, async (c) => {
      await sessions.signOut(getCookie(c, cookieName));
      deleteCookie(c, cookieName, cookieAttributes);
      return c.body(null, 204);
    });

  const refuseTossedCookies: MiddlewareHandler = async (c, next) => {
    if (cookiesNamed(c.req.raw, cookieName).length <= 1) return next();
    const refused = errorResponse(
      401,
      'unauthenticated',
      'The request carried more than one session cookie. Sign in again.',
    );
    // A tossed cookie may sit on any path above this one; each is expired, as is the session's own.
    for (const path of pathsAbove(c.req.path)) {
      refused.headers.append(
        'Set-Cookie',
        `${cookieName}=; Path=${path}; Max-Age=0; HttpOnly; SameSite=Lax${secureCookie ? '; Secure' : ''}`,
      );
    }
    return refused;
  };

  return {
    authenticate: async (request) => {
      const [id, ...others] = cookiesNamed(request, cookieName);
      if (others.length > 0) return undefined;
      const session = await sessions.find(id);
      return (
        session && { accountId: session.accountId, userId: `${session.accountId}/${session.role}`, role: session.role }
      );
    },
    refuseTossedCookies,
    sessionRoutes,
  };
}
