import { consentPageInput } from '../consentPageInput';
import { findPendingRequest } from '../findPendingRequest';
import { signInPage } from '../pages';
import { sendPage } from '../sendPage';
import type { StandInRoute } from '../StandInContext';

/** `GET /oauth/sign-in?request=…`: where **Sign in with Stripe to Continue** leads. */
export const showSignIn: StandInRoute = (c, context) => {
  const requestId = c.req.query('request') ?? '';
  const pending = findPendingRequest(c, context, requestId, false);
  if (pending instanceof Response) return pending;
  return sendPage(c, 200, signInPage({ ...consentPageInput(context, requestId, pending), email: '', failed: false }));
};
