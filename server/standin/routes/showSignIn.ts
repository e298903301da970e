import { consentPageInput } from '../consentPageInput';
import { findPendingRequest } from '../findPendingRequest';
import { signInPage } from '../pages';
import { sendPage } from '../sendPage';
import type { StandInRoute } from '../StandInContext';

/** `GET /oauth/sign-in?request=…`: where **Sign in with Stripe to Continue** leads. */
export const showSignIn: StandInRoute = (_request, response, url, context) => {
  const requestId = url.searchParams.get('request') ?? '';
  const pending = findPendingRequest(response, context, requestId, false);
  if (!pending) return;
  sendPage(response, 200, signInPage({ ...consentPageInput(context, requestId, pending), email: '', failed: false }));
};
