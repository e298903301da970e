import { readFormBody } from '../../http/requestBody';
import { consentPageInput } from '../consentPageInput';
import { standInAccount } from '../demoCredentials';
import { findPendingRequest } from '../findPendingRequest';
import { signInPage } from '../pages';
import { redirectBack } from '../redirectBack';
import { sendPage } from '../sendPage';
import type { StandInRoute } from '../StandInContext';

/** `POST /oauth/sign-in`: the demo account signs in, and the browser returns with a fresh code. */
export const submitSignIn: StandInRoute = async (request, response, _url, context) => {
  const form = await readFormBody(request);
  const requestId = form.get('request') ?? '';
  const pending = findPendingRequest(response, context, requestId, false);
  if (!pending) return;
  const email = (form.get('email') ?? '').trim();
  if (email.toLowerCase() !== standInAccount.email || form.get('password') !== standInAccount.password) {
    sendPage(response, 200, signInPage({ ...consentPageInput(context, requestId, pending), email, failed: true }));
    return;
  }
  context.pendingRequests.consume(requestId);
  const { token: code } = context.codes.issue({ stripeUserId: context.stripeUserId, scope: pending.scope });
  redirectBack(response, pending.redirectUri, { code, scope: pending.scope, state: pending.state });
};
