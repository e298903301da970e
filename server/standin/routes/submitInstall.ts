import { findPendingRequest } from '../findPendingRequest';
import { errorPage } from '../pages';
import { readForm } from '../readForm';
import { redirectBack } from '../redirectBack';
import { sendPage } from '../sendPage';
import type { StandInRoute } from '../StandInContext';

/** `POST /oauth/v2/install`: installs the app on the chosen account and sends the browser back with a code. */
export const submitInstall: StandInRoute = async (c, context) => {
  const form = await readForm(c);
  const requestId = form.get('request') ?? '';
  const pending = findPendingRequest(c, context, requestId, false);
  if (pending instanceof Response) return pending;
  const account = context.accounts.find((candidate) => candidate.id === form.get('account'));
  // A Connect request goes through the sign-in, never here.
  if (pending.scope !== 'stripe_apps' || !account)
    return sendPage(c, 400, errorPage('Choose an account', 'The app can only be installed on one of your accounts.'));
  context.pendingRequests.consume(requestId);
  const { token: code } = context.codes.issue({ stripeUserId: account.id, scope: pending.scope });
  return redirectBack(pending.redirectUri, { code, state: pending.state });
};
