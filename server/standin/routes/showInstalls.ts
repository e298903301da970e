import { installsPage } from '../pages';
import { sendPage } from '../sendPage';
import type { StandInRoute } from '../StandInContext';

/** `GET /apps/installs`: the accounts connected to the platform, each with Uninstall. */
export const showInstalls: StandInRoute = (_request, response, _url, context) => {
  sendPage(response, 200, installsPage(context.platformName, [...context.connectedAccounts]));
};
