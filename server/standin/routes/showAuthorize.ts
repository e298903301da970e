import { consentPageInput } from '../consentPageInput';
import { accessRequestPage, errorPage } from '../pages';
import { redirectBack } from '../redirectBack';
import { sendPage } from '../sendPage';
import type { StandInRoute } from '../StandInContext';

/**
 * `GET /oauth/authorize`. As at Stripe (and RFC 6749 §4.1.2.1), an unknown client_id or an
 * unregistered redirect_uri ends on an error page here, since sending the browser to an
 * unverified address is exactly what the check prevents; other faults go back to the platform.
 */
export const showAuthorize: StandInRoute = (_request, response, url, context) => {
  const query = url.searchParams;
  const clientId = query.get('client_id');
  if (clientId !== context.clientId) {
    sendPage(response, 400, errorPage('Unknown platform', `No application matches the client_id "${clientId ?? ''}".`));
    return;
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
    return;
  }
  const state = query.get('state') ?? undefined;
  if (query.get('response_type') !== 'code') {
    redirectBack(response, redirectUri, {
      error: 'unsupported_response_type',
      error_description: 'response_type must be code.',
      state,
    });
    return;
  }
  const scope = query.get('scope') ?? 'read_only';
  if (scope !== 'read_only' && scope !== 'read_write') {
    redirectBack(response, redirectUri, {
      error: 'invalid_scope',
      error_description: 'scope must be read_only or read_write.',
      state,
    });
    return;
  }
  const pending = { redirectUri, state, scope } as const;
  const { token } = context.pendingRequests.issue(pending);
  sendPage(response, 200, accessRequestPage(consentPageInput(context, token, pending)));
};
