import { consentPageInput } from '../consentPageInput';
import { standInAccount } from '../demoCredentials';
import { findPendingRequest } from '../findPendingRequest';
import { signInPage } from '../pages';
import { readForm } from '../readForm';
import { redirectBack } from '../redirectBack';
import { sendPage } from '../sendPage';
import type { StandInRoute } from '../StandInContext';

/** `POST /oauth/sign-in`: the demo account signs in, and the browser returns with a fresh code. */
export const submitSignIn: StandInRoute = async (c, context) => {
  const form = await readForm(c);
  const requestId = form.get('request') ?? '';
  const pending = findPendingRequest(c, context, requestId, false);
  if (pending instanceof Response) return pending;
  const email = (form.get('email') ?? '').trim();
  if (email.toLowerCase() !== standInAccount.email || form.get('password') !== standInAccount.password)
    return sendPage(c, 200, signInPage({ ...consentPageInput(context, requestId, pending), email, failed: true }));
  context.pendingRequests.consume(requestId);
  const { token: code } = context.codes.issue({ stripeUserId: context.stripeUserId, scope: pending.scope });
  return redirectBack(pending.redirectUri, { code, scope: pending.scope, state: pending.state });
};
