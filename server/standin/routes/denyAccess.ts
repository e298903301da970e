import { findPendingRequest } from '../findPendingRequest';
import { readForm } from '../readForm';
import { redirectBack } from '../redirectBack';
import type { StandInRoute } from '../StandInContext';

/** `POST /oauth/deny` and `POST /oauth/v2/cancel`: back to the platform with Stripe's access_denied. */
export const denyAccess: StandInRoute = async (c, context) => {
  const form = await readForm(c);
  const pending = findPendingRequest(c, context, form.get('request'), true);
  if (pending instanceof Response) return pending;
  return redirectBack(pending.redirectUri, {
    error: 'access_denied',
    error_description: 'The user denied your request',
    state: pending.state,
  });
};
