import { readFormBody } from '../../http/requestBody';
import { errorPage } from '../pages';
import { sendPage } from '../sendPage';
import { sendStripeEvent } from '../sendStripeEvent';
import type { StandInRoute } from '../StandInContext';

/**
 * `POST /apps/uninstall { account }`: the account uninstalls the app (or disconnects the platform)
 * from Stripe's side. Its tokens stop working, and the platform hears of it the way Stripe tells
 * it: an `account.application.deauthorized` event at its webhook endpoint. Answers 303 back to the
 * installs page once the event was delivered.
 */
export const uninstallApp: StandInRoute = async (request, response, _url, context) => {
  const form = await readFormBody(request);
  const account = form.get('account') ?? '';
  if (!context.connectedAccounts.delete(account)) {
    sendPage(response, 404, errorPage('Not installed', `The app is not installed on ${account}.`));
    return;
  }
  await sendStripeEvent(context, 'account.application.deauthorized', account, {
    id: context.clientId,
    object: 'application',
    name: context.platformName,
  }).catch((error: unknown) => {
    // Stripe retries a failed delivery for days; the stand-in only says so.
    console.warn(`The stand-in could not deliver the uninstall event: ${String(error)}`);
  });
  response.writeHead(303, { Location: '/apps/installs', 'Cache-Control': 'no-store' });
  response.end();
};
