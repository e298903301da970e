import { checkPlatformRequest } from '../checkPlatformRequest';
import { clientOf } from '../../common/clientOf';
import { consentPageInput } from '../consentPageInput';
import { accessRequestPage } from '../pages';
import { redirectBack } from '../redirectBack';
import { sendPage } from '../sendPage';
import type { StandInRoute } from '../StandInContext';

/**
 * `GET /oauth/authorize` (Connect). A bad client or redirect URI ends on an error page; other
 * faults go back to the platform.
 */
export const showAuthorize: StandInRoute = (c, context) => {
  const redirectUri = checkPlatformRequest(c, context);
  if (redirectUri instanceof Response) return redirectUri;
  const state = c.req.query('state');
  if (c.req.query('response_type') !== 'code') {
    return redirectBack(redirectUri, {
      error: 'unsupported_response_type',
      error_description: 'response_type must be code.',
      state,
    });
  }
  const scope = c.req.query('scope') ?? 'read_only';
  if (scope !== 'read_only' && scope !== 'read_write') {
    return redirectBack(redirectUri, {
      error: 'invalid_scope',
      error_description: 'scope must be read_only or read_write.',
      state,
    });
  }
  const pending = { redirectUri, state, scope } as const;
  const { token } = context.pendingRequests.issue(clientOf(c), pending);
  return sendPage(c, 200, accessRequestPage(consentPageInput(context, token, pending)));
};
