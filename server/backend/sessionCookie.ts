import type { IncomingMessage } from 'node:http';
import { TLSSocket } from 'node:tls';
import { parseCookies, serializeCookie } from '../http/cookies';

const sessionCookieName = 'cw_session';

/** The session id the request's cookie carries, if any. */
export function readSessionCookie(request: IncomingMessage): string | undefined {
  return parseCookies(request.headers.cookie).get(sessionCookieName);
}

/**
 * The `Set-Cookie` of a session: HttpOnly so no script can read it, SameSite=Lax so no other site
 * can make a browser send it with a POST, Secure whenever it came over TLS.
 */
export function sessionCookie(request: IncomingMessage, sessionId: string): string {
  return serializeCookie(sessionCookieName, sessionId, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure: request.socket instanceof TLSSocket,
  });
}
