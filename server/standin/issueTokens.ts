import { randomToken } from '../common/randomToken';
import type { IssuedCode, StandInContext } from './StandInContext';

/**
 * The grants whose tokens are revoked: what a code stood for, which every token issued with it
 * carries, and every token a refresh of those answers too (the same object). Held by identity,
 * so each stand-in's are its own, and gone with the tokens that carry them.
 */
const revokedGrants = new WeakSet<IssuedCode>();

/**
 * Revokes every token issued with the code `grant` came from, and every token refreshed from
 * those, as Stripe does when that code is sent again ("All tokens issued with this code have been
 * revoked."). The account stays connected: tokens of its other codes keep working.
 */
export function revokeTokensOf(grant: IssuedCode): void {
  revokedGrants.add(grant);
}

/** Whether the tokens carrying `grant` were revoked (`revokeTokensOf`). */
export function isRevoked(grant: IssuedCode): boolean {
  return revokedGrants.has(grant);
}

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
