import { readFormBody } from '../../http/requestBody';
import { findPendingRequest } from '../findPendingRequest';
import { errorPage } from '../pages';
import { redirectBack } from '../redirectBack';
import { sendPage } from '../sendPage';
import type { StandInRoute } from '../StandInContext';

/** `POST /oauth/v2/install`: installs the app on the chosen account and sends the browser back with a code. */
export const submitInstall: StandInRoute = async (request, response, _url, context) => {
  const form = await readFormBody(request);
  const requestId = form.get('request') ?? '';
  const pending = findPendingRequest(response, context, requestId, false);
  if (!pending) return;
  const account = context.accounts.find((candidate) => candidate.id === form.get('account'));
  // A Connect request goes through the sign-in, never here.
  if (pending.scope !== 'stripe_apps' || !account) {
    sendPage(response, 400, errorPage('Choose an account', 'The app can only be installed on one of your accounts.'));
    return;
  }
  context.pendingRequests.consume(requestId);
  const { token: code } = context.codes.issue({ stripeUserId: account.id, scope: pending.scope });
  redirectBack(response, pending.redirectUri, { code, state: pending.state });
};
