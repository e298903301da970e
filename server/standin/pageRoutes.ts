import type { Context, Hono } from 'hono';
import { answeringProblems, pageProblem } from './answeringProblems';
import { limitBody } from './limitBody';
import { denyAccess } from './routes/denyAccess';
import { sendStylesheet } from './routes/sendStylesheet';
import { showAuthorize } from './routes/showAuthorize';
import { showInstallLink } from './routes/showInstallLink';
import { showInstalls } from './routes/showInstalls';
import { showSignIn } from './routes/showSignIn';
import { submitInstall } from './routes/submitInstall';
import { submitSignIn } from './routes/submitSignIn';
import { uninstallApp } from './routes/uninstallApp';
import type { StandInContext, StandInRoute } from './StandInContext';
import { stylesheetPath } from './stylesheet';

/** The pages a browser goes through, which answer a problem with an error page. */
export function pageRoutes(context: StandInContext): Hono {
  const pages = answeringProblems(pageProblem);
  const handle = (route: StandInRoute) => (c: Context) => route(c, context);
  // Connect: the access request page, the sign-in, and Deny access.
  pages.get('/oauth/authorize', handle(showAuthorize));
  pages.get('/oauth/sign-in', handle(showSignIn));
  pages.post('/oauth/sign-in', limitBody, handle(submitSignIn));
  pages.post('/oauth/deny', limitBody, handle(denyAccess));
  // Stripe Apps: the install link and its two answers.
  pages.get('/oauth/v2/authorize', handle(showInstallLink));
  pages.post('/oauth/v2/install', limitBody, handle(submitInstall));
  pages.post('/oauth/v2/cancel', limitBody, handle(denyAccess));
  // Stripe's side of an uninstall: the installs, and the button that sends the platform the event.
  pages.get('/apps/installs', handle(showInstalls));
  pages.post('/apps/uninstall', limitBody, handle(uninstallApp));
  pages.get(stylesheetPath, handle(sendStylesheet));
  return pages;
}
