import type { Context } from 'hono';
import { errorPage } from './pages';
import { sendPage } from './sendPage';
import type { StandInContext } from './StandInContext';

/**
 * The redirect URI of an authorize or install request, or the error page to answer instead. As
 * at Stripe (and RFC 6749 §4.1.2.1), an unknown client_id or an unregistered redirect_uri ends
 * here, since sending the browser to an unverified address is exactly what the check prevents.
 * Without a redirect_uri, the first registered one is used, as Stripe does.
 */
export function checkPlatformRequest(c: Context, context: StandInContext): string | Response {
  const clientId = c.req.query('client_id');
  if (clientId !== context.clientId)
    return sendPage(c, 400, errorPage('Unknown platform', `No application matches the client_id "${clientId ?? ''}".`));
  const redirectUri = c.req.query('redirect_uri') ?? context.redirectUris[0];
  if (redirectUri === undefined || !context.redirectUris.includes(redirectUri)) {
    return sendPage(
      c,
      400,
      errorPage(
        'Invalid redirect URI',
        `The redirect URI "${redirectUri ?? ''}" does not exactly match one registered for ${context.platformName}.`,
      ),
    );
  }
  return redirectUri;
}
