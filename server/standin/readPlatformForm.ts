import type { Context } from 'hono';
import { readForm } from './readForm';
import { secretsMatch } from './secretsMatch';
import { sendJson } from './sendJson';
import type { StandInContext } from './StandInContext';

/**
 * The secret key the caller presents, in any of the ways Stripe accepts it: as the basic-auth
 * user, as a Bearer token, or as `client_secret`.
 */
function presentedKey(c: Context, form: URLSearchParams): string | undefined {
  const [scheme = '', credentials = ''] = (c.req.header('authorization') ?? '').split(' ');
  switch (scheme.toLowerCase()) {
    case 'basic':
      return Buffer.from(credentials, 'base64').toString('utf8').split(':')[0];
    case 'bearer':
      return credentials;
    default:
      return form.get('client_secret') ?? undefined;
  }
}

/**
 * The form of a call to the platform API (token, deauthorize), or Stripe's 401 invalid_client
 * for a caller without the platform's secret key.
 */
export async function readPlatformForm(c: Context, context: StandInContext): Promise<URLSearchParams | Response> {
  const form = await readForm(c);
  const key = presentedKey(c, form);
  if (key !== undefined && secretsMatch(key, context.secretKey)) return form;
  return sendJson(c, 401, { error: 'invalid_client', error_description: 'No valid API key provided.' });
}
