import { hasFormToken } from '../formToken';
import { errorPage } from '../pages';
import { readForm } from '../readForm';
import { sendPage } from '../sendPage';
import { sendStripeEvent } from '../sendStripeEvent';
import type { StandInRoute } from '../StandInContext';

/**
 * `POST /apps/uninstall { form_token, account }`: the account uninstalls the app (or disconnects
 * the platform) from Stripe's side. Its tokens stop working, and the platform hears of it the way
 * Stripe tells it: an `account.application.deauthorized` event at its webhook endpoint. Answers
 * 303 back to the installs page once the event was delivered. Without the installs page's form
 * token the request may come from any site the user visits (CSRF), and is refused.
 */
export const uninstallApp: StandInRoute = async (c, context) => {
  const form = await readForm(c);
  if (!hasFormToken(c, context.formTokenSecret, form.get('form_token'))) {
    return sendPage(
      c,
      403,
      errorPage(
        'Uninstall not confirmed',
        'This uninstall did not come from the installs page. Open it and try again.',
      ),
    );
  }
  const account = form.get('account') ?? '';
  if (!context.connectedAccounts.delete(account))
    return sendPage(c, 404, errorPage('Not installed', `The app is not installed on ${account}.`));
  await sendStripeEvent(context, 'account.application.deauthorized', account, {
    id: context.clientId,
    object: 'application',
    name: context.platformName,
  }).catch((error: unknown) => {
    // Stripe retries a failed delivery for days; the stand-in only says so.
    console.warn(`The stand-in could not deliver the uninstall event: ${String(error)}`);
  });
  return new Response(null, { status: 303, headers: { Location: '/apps/installs', 'Cache-Control': 'no-store' } });
};
