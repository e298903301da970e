import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Caller } from 'connections-widget/server';

/**
 * The host's own sign-in, as small as a demo allows: one account with one administrator. The
 * cookie names the user and carries an HMAC of that name, so a browser cannot name another user.
 */
export const sessionCookie = 'host_session';
export const demoUser = 'ada';
const users = new Map<string, Caller>([[demoUser, { accountId: 'acme', userId: demoUser, role: 'admin' }]]);

// From the environment, not made here: each route handler is a bundle of its own, and the
// sign-in route and the connections route must sign with the same key.
function key(): string {
  const secret = process.env.HOST_SESSION_SECRET;
  if (!secret) throw new Error('Set HOST_SESSION_SECRET to sign the host’s session cookie.');
  return secret;
}

const sign = (userId: string) => createHmac('sha256', key()).update(userId).digest('base64url');

/** The cookie's value for `userId`: `<user>.<signature>`. */
export const sessionValue = (userId: string) => `${userId}.${sign(userId)}`;

/** The caller the session cookie names, or undefined (no cookie, an unknown user, a bad signature). */
export function authenticate(request: Request): Caller | undefined {
  const prefix = `${sessionCookie}=`;
  const value = request.headers
    .get('cookie')
    ?.split(/;\s*/)
    .find((pair) => pair.startsWith(prefix))
    ?.slice(prefix.length);
  const dot = value?.lastIndexOf('.') ?? -1;
  if (!value || dot < 0) return undefined;
  const userId = value.slice(0, dot);
  const given = Buffer.from(value.slice(dot + 1));
  const expected = Buffer.from(sign(userId));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  return users.get(userId);
}
