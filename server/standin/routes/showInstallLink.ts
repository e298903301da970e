import { appPermissions } from '../appPermissions';
import { checkPlatformRequest } from '../checkPlatformRequest';
import { installPage } from '../pages';
import { sendPage } from '../sendPage';
import type { StandInRoute } from '../StandInContext';

/**
 * `GET /oauth/v2/authorize?client_id&redirect_uri&state`: a Stripe App's install link. The user
 * (signed in to the Dashboard, which the stand-in takes for granted) picks an account, sees the
 * app's permissions, and installs or cancels.
 */
export const showInstallLink: StandInRoute = (_request, response, url, context) => {
  const redirectUri = checkPlatformRequest(response, url.searchParams, context);
  if (redirectUri === undefined) return;
  const pending = { redirectUri, state: url.searchParams.get('state') ?? undefined, scope: 'stripe_apps' } as const;
  const { token } = context.pendingRequests.issue(pending);
  sendPage(
    response,
    200,
    installPage({
      platformName: context.platformName,
      requestId: token,
      accounts: context.accounts,
      permissions: appPermissions,
      returnOrigin: new URL(redirectUri).origin,
    }),
  );
};
