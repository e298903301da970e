import { issueFormToken } from '../formToken';
import { installsPage } from '../pages';
import { sendPage } from '../sendPage';
import type { StandInRoute } from '../StandInContext';

/** `GET /apps/installs`: the accounts connected to the platform, each with Uninstall. */
export const showInstalls: StandInRoute = (c, context) => {
  const formToken = issueFormToken(c, context.formTokenSecret);
  return sendPage(c, 200, installsPage(context.platformName, [...context.connectedAccounts], formToken));
};
