import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFormBody } from '../http/requestBody';
import { sendJson } from '../http/sendJson';
import type { StandInContext } from './StandInContext';

/**
 * Whether the caller proved to be the platform, in any of the ways Stripe accepts its secret key:
 * as the basic-auth user, as a Bearer token, or as `client_secret`.
 */
function authenticatesPlatform(request: IncomingMessage, form: URLSearchParams, context: StandInContext): boolean {
  const [scheme = '', credentials = ''] = (request.headers.authorization ?? '').split(' ');
  switch (scheme.toLowerCase()) {
    case 'basic':
      return Buffer.from(credentials, 'base64').toString('utf8').split(':')[0] === context.secretKey;
    case 'bearer':
      return credentials === context.secretKey;
    default:
      return form.get('client_secret') === context.secretKey;
  }
}

/**
 * The form of a call to the platform API (token, deauthorize), or undefined after answering
 * Stripe's 401 invalid_client to a caller without the platform's secret key.
 */
export async function readPlatformForm(
  request: IncomingMessage,
  response: ServerResponse,
  context: StandInContext,
): Promise<URLSearchParams | undefined> {
  const form = await readFormBody(request);
  if (authenticatesPlatform(request, form, context)) return form;
  sendJson(response, 401, { error: 'invalid_client', error_description: 'No valid API key provided.' });
  return undefined;
}
