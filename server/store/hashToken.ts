import { createHash } from 'node:crypto';

/**
 * How a bearer value (a session id, a `state`, a code) is kept: its SHA-256. A lookup by the hash
 * is still an exact comparison of the whole value, and a copy of the database opens no session.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
