import type { IncomingMessage } from 'node:http';
import { decodeUtf8 } from './decodeUtf8';
import { hasMediaType } from './hasMediaType';
import { readBody } from './readBody';
import { RequestBodyError } from './RequestBodyError';

/**
 * Reads a JSON body: 415 for another media type (which also means a cross-site HTML form cannot
 * reach the API without a CORS preflight), 413 past `limitBytes`, 400 for malformed JSON.
 */
export async function readJsonBody(request: IncomingMessage, limitBytes: number): Promise<unknown> {
  if (!hasMediaType(request, 'application/json')) {
    throw new RequestBodyError(415, 'The request body must be application/json.');
  }
  const text = decodeUtf8(await readBody(request, limitBytes));
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new RequestBodyError(400, 'The request body is not valid JSON.');
  }
}
