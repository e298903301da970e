import { checkPlatformRequest } from '../checkPlatformRequest';
import { consentPageInput } from '../consentPageInput';
import { accessRequestPage } from '../pages';
import { redirectBack } from '../redirectBack';
import { sendPage } from '../sendPage';
import type { StandInRoute } from '../StandInContext';

/**
 * `GET /oauth/authorize` (Connect). A bad client or redirect URI ends on an error page; other
 * faults go back to the platform.
 */
export const showAuthorize: StandInRoute = (_request, response, url, context) => {
  const query = url.searchParams;
  const redirectUri = checkPlatformRequest(response, query, context);
  if (redirectUri === undefined) return;
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
