import { appPermissions } from '../appPermissions';
import { checkPlatformRequest } from '../checkPlatformRequest';
import { clientOf } from '../../common/clientOf';
import { installPage } from '../pages';
import { sendPage } from '../sendPage';
import type { StandInRoute } from '../StandInContext';

/**
 * `GET /oauth/v2/authorize?client_id&redirect_uri&state`: a Stripe App's install link. The user
 * (signed in to the Dashboard, which the stand-in takes for granted) picks an account, sees the
 * app's permissions, and installs or cancels.
 */
export const showInstallLink: StandInRoute = (c, context) => {
  const redirectUri = checkPlatformRequest(c, context);
  if (redirectUri instanceof Response) return redirectUri;
  const pending = { redirectUri, state: c.req.query('state'), scope: 'stripe_apps' } as const;
  const { token } = context.pendingRequests.issue(clientOf(c), pending);
  return sendPage(
    c,
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
