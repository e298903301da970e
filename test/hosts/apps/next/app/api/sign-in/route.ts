import { demoUser, sessionCookie, sessionValue } from '../../../lib/session';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** The host's sign-in, here without a password: signs in the demo administrator. */
export function POST(request: Request): Response {
  const secure = new URL(request.url).protocol === 'https:' ? '; Secure' : '';
  // HttpOnly: no script reads it. SameSite=Lax: no other site's POST carries it.
  const cookie = `${sessionCookie}=${sessionValue(demoUser)}; Path=/; HttpOnly; SameSite=Lax${secure}`;
  return new Response(null, { status: 204, headers: { 'Set-Cookie': cookie, 'Cache-Control': 'no-store' } });
}
