import { isRevoked, issueTokens, revokeTokensOf } from '../issueTokens';
import { readPlatformForm } from '../readPlatformForm';
import { sendJson } from '../sendJson';
import type { StandInRoute } from '../StandInContext';

/**
 * `POST /oauth/token` (Connect) and `POST /v1/oauth/token` (apps), with `grant_type`
 * `authorization_code` or `refresh_token`, answering and failing in Stripe's shapes.
 */
export const exchangeToken: StandInRoute = async (c, context) => {
  const form = await readPlatformForm(c, context);
  if (form instanceof Response) return form;
  const grantType = form.get('grant_type');
  const refusal = (error: string, description: string) => sendJson(c, 400, { error, error_description: description });

  if (grantType === 'refresh_token') {
    const refreshToken = form.get('refresh_token');
    if (!refreshToken) return refusal('invalid_request', 'No refresh token provided.');
    const check = context.refreshTokens.consume(refreshToken);
    if (check.kind !== 'valid') {
      return refusal(
        'invalid_grant',
        check.kind === 'used'
          ? 'This refresh token has already been used: each refresh answers a new one.'
          : `Refresh token does not exist or has expired: ${refreshToken}`,
      );
    }
    // Revoked with the code it came from, sent again since.
    if (isRevoked(check.value)) return refusal('invalid_grant', 'This refresh token has been revoked.');
    // Uninstalled (or deauthorized) since: the account's tokens are revoked.
    if (!context.connectedAccounts.has(check.value.stripeUserId)) {
      return refusal('invalid_grant', 'The account has revoked access to this application.');
    }
    return sendJson(c, 200, issueTokens(context, check.value));
  }
  if (grantType !== 'authorization_code') {
    return sendJson(c, 400, {
      error: 'unsupported_grant_type',
      error_description: `Unsupported grant type: ${grantType ?? '(none)'}`,
    });
  }
  const code = form.get('code');
  if (!code) return refusal('invalid_request', 'No authorization code provided.');
  const check = context.codes.consume(code);
  if (check.kind !== 'valid') {
    // A replayed code may mean it was stolen: like Stripe, revoke the tokens it was exchanged for
    // (and those refreshed from them), not the account's others.
    if (check.kind === 'used') revokeTokensOf(check.value);
    const description = {
      unknown: `Authorization code does not exist: ${code}`,
      used: 'This authorization code has already been used. All tokens issued with this code have been revoked.',
      expired: `Authorization code expired: ${code}`,
    }[check.kind];
    return refusal('invalid_grant', description);
  }
  return sendJson(c, 200, issueTokens(context, check.value));
};
