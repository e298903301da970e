import { ConnectionsApiError } from './ConnectionsApiError';
import { DecodeError } from './decoders';

/**
 * Runs a decoder of `decoders.ts` on an answer; a mismatch becomes the `invalid_response` error
 * every component knows how to show. `source` names the answer for the message, e.g.
 * `GET /data-sources answered 200`.
 */
export function decodeAnswer<T>(decodeBody: (body: unknown) => T, body: unknown, source: string, status?: number): T {
  try {
    return decodeBody(body);
  } catch (error) {
    if (!(error instanceof DecodeError)) throw error;
    throw new ConnectionsApiError('invalid_response', `${source}, but ${error.message}.`, { status, cause: error });
  }
}
