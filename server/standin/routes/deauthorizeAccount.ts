import { readPlatformForm } from '../readPlatformForm';
import { sendJson } from '../sendJson';
import type { StandInRoute } from '../StandInContext';

/** `POST /oauth/deauthorize`: disconnects an account from the platform, as Stripe answers it. */
export const deauthorizeAccount: StandInRoute = async (c, context) => {
  const form = await readPlatformForm(c, context);
  if (form instanceof Response) return form;
  const clientId = form.get('client_id');
  if (clientId !== context.clientId)
    return sendJson(c, 401, { error: 'invalid_client', error_description: `No such application: '${clientId ?? ''}'` });
  const stripeUserId = form.get('stripe_user_id');
  if (!stripeUserId)
    return sendJson(c, 400, { error: 'invalid_request', error_description: 'No stripe_user_id provided.' });
  if (!context.connectedAccounts.delete(stripeUserId)) {
    return sendJson(c, 401, {
      error: 'invalid_client',
      error_description: `This application is not connected to stripe account ${stripeUserId}, or that account does not exist.`,
    });
  }
  return sendJson(c, 200, { stripe_user_id: stripeUserId });
};
