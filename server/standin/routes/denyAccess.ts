import { readFormBody } from '../../http/requestBody';
import { findPendingRequest } from '../findPendingRequest';
import { redirectBack } from '../redirectBack';
import type { StandInRoute } from '../StandInContext';

/** `POST /oauth/deny`: back to the platform with Stripe's access_denied. */
export const denyAccess: StandInRoute = async (request, response, _url, context) => {
  const form = await readFormBody(request);
  const pending = findPendingRequest(response, context, form.get('request'), true);
  if (!pending) return;
  redirectBack(response, pending.redirectUri, {
    error: 'access_denied',
    error_description: 'The user denied your request',
    state: pending.state,
  });
};
