import { sendJson } from '../../http/sendJson';
import { randomToken } from '../../randomToken';
import { readPlatformForm } from '../readPlatformForm';
import type { StandInRoute } from '../StandInContext';

/** `POST /oauth/token` with `grant_type=authorization_code`, answering and failing in Stripe's shapes. */
export const exchangeToken: StandInRoute = async (request, response, _url, context) => {
  const form = await readPlatformForm(request, response, context);
  if (!form) return;
  const grantType = form.get('grant_type');
  if (grantType !== 'authorization_code') {
    sendJson(response, 400, {
      error: 'unsupported_grant_type',
      error_description: `Unsupported grant type: ${grantType ?? '(none)'}`,
    });
    return;
  }
  const code = form.get('code');
  if (!code) {
    sendJson(response, 400, { error: 'invalid_request', error_description: 'No authorization code provided.' });
    return;
  }
  const check = context.codes.consume(code);
  if (check.kind !== 'valid') {
    // A replayed code may mean it was stolen: like Stripe, revoke what it granted.
    if (check.kind === 'used') context.connectedAccounts.delete(check.value.stripeUserId);
    const description = {
      unknown: `Authorization code does not exist: ${code}`,
      used: 'This authorization code has already been used. All tokens issued with this code have been revoked.',
      expired: `Authorization code expired: ${code}`,
    }[check.kind];
    sendJson(response, 400, { error: 'invalid_grant', error_description: description });
    return;
  }
  const { stripeUserId, scope } = check.value;
  context.connectedAccounts.add(stripeUserId);
  sendJson(response, 200, {
    access_token: `sk_test_${randomToken(24)}`,
    livemode: false,
    refresh_token: `rt_test_${randomToken(24)}`,
    token_type: 'bearer',
    stripe_publishable_key: `pk_test_${randomToken(24)}`,
    stripe_user_id: stripeUserId,
    scope,
  });
};
