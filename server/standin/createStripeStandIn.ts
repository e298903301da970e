import type { HttpBindings } from '@hono/node-server';
import { Hono } from 'hono';
import { createStandInContext, type StripeStandInOptions } from './createStandInContext';
import { errorPage } from './pages';
import { pageRoutes } from './pageRoutes';
import { platformApiRoutes } from './platformApiRoutes';
import { sendPage } from './sendPage';

export type { StripeStandInOptions } from './createStandInContext';

/**
 * A web-standard handler, a `FetchHandler` for `listen`. Served by @hono/node-server it is also
 * given the connection, whose remote address bounds what each client may keep (clientOf.ts); a
 * wrapper should pass it on.
 */
export type StandInFetch = (request: Request, connection?: HttpBindings) => Promise<Response>;

/**
 * A local stand-in for Stripe on its own origin, speaking both OAuth flows with Stripe's
 * parameters, checks and error shapes. Connect: the access request page, the sign-in, the
 * redirect back with a code (or access_denied), the token and deauthorize endpoints. Stripe Apps:
 * the install link's page (account, permissions, Install / Cancel), `/v1/oauth/token` with
 * expiring access tokens and rotating refresh tokens, and an uninstall that sends the platform a
 * signed `account.application.deauthorized` event.
 */
export function createStripeStandIn(options: StripeStandInOptions): StandInFetch {
  const context = createStandInContext(options);
  // The path as URL reads it: `//host/…` stays a path, and a percent-encoded one is not decoded
  // into another route.
  const app = new Hono({ getPath: (request) => new URL(request.url).pathname });
  app.route('/', platformApiRoutes(context));
  app.route('/', pageRoutes(context));
  app.notFound((c) => sendPage(c, 404, errorPage('Page not found', `There is no page at ${c.req.path}.`)));
  return async (request, connection) => app.fetch(request, connection);
}
