import type { ServerResponse } from 'node:http';
import { errorPage } from './pages';
import { sendPage } from './sendPage';
import type { StandInContext } from './StandInContext';

/**
 * The redirect URI of an authorize or install request, or undefined after answering an error page.
 * As at Stripe (and RFC 6749 §4.1.2.1), an unknown client_id or an unregistered redirect_uri ends
 * here, since sending the browser to an unverified address is exactly what the check prevents.
 * Without a redirect_uri, the first registered one is used, as Stripe does.
 */
export function checkPlatformRequest(
  response: ServerResponse,
  query: URLSearchParams,
  context: StandInContext,
): string | undefined {
  const clientId = query.get('client_id');
  if (clientId !== context.clientId) {
    sendPage(response, 400, errorPage('Unknown platform', `No application matches the client_id "${clientId ?? ''}".`));
    return undefined;
  }
  const redirectUri = query.get('redirect_uri') ?? context.redirectUris[0];
  if (redirectUri === undefined || !context.redirectUris.includes(redirectUri)) {
    sendPage(
      response,
      400,
      errorPage(
        'Invalid redirect URI',
        `The redirect URI "${redirectUri ?? ''}" does not exactly match one registered for ${context.platformName}.`,
      ),
    );
    return undefined;
  }
  return redirectUri;
}
