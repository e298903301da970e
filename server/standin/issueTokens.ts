import { randomToken } from '../common/randomToken';
import type { IssuedCode, StandInContext } from './StandInContext';

/**
 * A token answer in Stripe's shape for `grant`, connecting its account. An app's access token is
 * recorded with its hour of validity, so /v1/account can refuse it once that is over; its refresh
 * token is single use, spent by the refresh that trades it.
 */
export function issueTokens(context: StandInContext, grant: IssuedCode): Record<string, unknown> {
  context.connectedAccounts.add(grant.stripeUserId);
  const accessToken =
    grant.scope === 'stripe_apps' ? context.accessTokens.issue(grant).token : `sk_test_${randomToken(24)}`;
  return {
    access_token: accessToken,
    livemode: false,
    refresh_token: context.refreshTokens.issue(grant).token,
    token_type: 'bearer',
    stripe_publishable_key: `pk_test_${randomToken(24)}`,
    stripe_user_id: grant.stripeUserId,
    scope: grant.scope,
  };
}
