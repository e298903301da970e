import { isRevoked } from '../issueTokens';
import { sendJson } from '../sendJson';
import type { StandInRoute } from '../StandInContext';

/**
 * `GET /v1/account` with an app's access token as Bearer: the account it reads, or Stripe's 401
 * once the token expired (an hour after it was issued), was revoked (its code was used again)
 * or the account uninstalled the app. What a
 * sync calls first; tests use it to see which tokens still work.
 */
export const retrieveAccount: StandInRoute = (c, context) => {
  const [scheme = '', token = ''] = (c.req.header('authorization') ?? '').split(' ');
  const found = scheme.toLowerCase() === 'bearer' ? context.accessTokens.find(token) : undefined;
  if (!found || found.expired || isRevoked(found.value) || !context.connectedAccounts.has(found.value.stripeUserId)) {
    return sendJson(c, 401, {
      error: {
        type: 'invalid_request_error',
        message: found?.expired ? 'The access token has expired.' : 'Invalid API Key provided.',
      },
    });
  }
  return sendJson(c, 200, { id: found.value.stripeUserId, object: 'account' });
};
