import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Role } from '../../../src/context/Role';
import { compileSchema } from '../contractSchemas';
import { readValidJsonBody } from '../readValidJsonBody';
import { readSessionCookie, sessionCookie } from '../sessionCookie';
import type { SessionStore } from '../store/sessionStore';

/** Where the demo's sign-in lives under the API base. Not part of the contract: a host has its own sign-in. */
export const demoSessionPath = '/session';

const validateSessionRequest = compileSchema({
  type: 'object',
  additionalProperties: false,
  required: ['role'],
  properties: { role: { enum: ['admin', 'standard', 'read-only'] } },
});

/**
 * `POST /api/v1/session { role }`: the demo's Role selector, served only with `demoSessions`.
 * Signs in (or changes the role of the current session, keeping its workspace) and answers 204 with
 * the session cookie.
 */
export async function signInDemoSession(
  request: IncomingMessage,
  response: ServerResponse,
  sessions: SessionStore,
): Promise<void> {
  const { role } = (await readValidJsonBody(request, validateSessionRequest)) as { role: Role };
  const sessionId = await sessions.signIn(readSessionCookie(request), role);
  response.writeHead(204, { 'Set-Cookie': sessionCookie(request, sessionId), 'Cache-Control': 'no-store' });
  response.end();
}
