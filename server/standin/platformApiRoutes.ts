import type { Context, Hono } from 'hono';
import { answeringProblems, jsonProblem } from './answeringProblems';
import { limitBody } from './limitBody';
import { deauthorizeAccount } from './routes/deauthorizeAccount';
import { exchangeToken } from './routes/exchangeToken';
import { retrieveAccount } from './routes/retrieveAccount';
import type { StandInContext, StandInRoute } from './StandInContext';

/** What the platform's backend calls, which answers a problem with Stripe's JSON error. */
export function platformApiRoutes(context: StandInContext): Hono {
  const api = answeringProblems(jsonProblem);
  const handle = (route: StandInRoute) => (c: Context) => route(c, context);
  // Connect's token and deauthorize endpoints.
  api.post('/oauth/token', limitBody, handle(exchangeToken));
  api.post('/oauth/deauthorize', limitBody, handle(deauthorizeAccount));
  // Stripe Apps: the API's token endpoint, and an API call made with an app's token.
  api.post('/v1/oauth/token', limitBody, handle(exchangeToken));
  api.get('/v1/account', handle(retrieveAccount));
  return api;
}
