import { sendJson } from '../../http/sendJson';
import { readPlatformForm } from '../readPlatformForm';
import type { StandInRoute } from '../StandInContext';

/** `POST /oauth/deauthorize`: disconnects an account from the platform, as Stripe answers it. */
export const deauthorizeAccount: StandInRoute = async (request, response, _url, context) => {
  const form = await readPlatformForm(request, response, context);
  if (!form) return;
  const clientId = form.get('client_id');
  if (clientId !== context.clientId) {
    sendJson(response, 401, { error: 'invalid_client', error_description: `No such application: '${clientId ?? ''}'` });
    return;
  }
  const stripeUserId = form.get('stripe_user_id');
  if (!stripeUserId) {
    sendJson(response, 400, { error: 'invalid_request', error_description: 'No stripe_user_id provided.' });
    return;
  }
  if (!context.connectedAccounts.delete(stripeUserId)) {
    sendJson(response, 401, {
      error: 'invalid_client',
      error_description: `This application is not connected to stripe account ${stripeUserId}, or that account does not exist.`,
    });
    return;
  }
  sendJson(response, 200, { stripe_user_id: stripeUserId });
};
