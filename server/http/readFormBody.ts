import type { IncomingMessage } from 'node:http';
import { decodeUtf8 } from './decodeUtf8';
import { hasMediaType } from './hasMediaType';
import { readBody } from './readBody';
import { RequestBodyError } from './RequestBodyError';

/** Reads an `application/x-www-form-urlencoded` body, as HTML forms and Stripe's API send it. */
export async function readFormBody(request: IncomingMessage, limitBytes: number): Promise<URLSearchParams> {
  if (!hasMediaType(request, 'application/x-www-form-urlencoded')) {
    throw new RequestBodyError(415, 'The request body must be application/x-www-form-urlencoded.');
  }
  return new URLSearchParams(decodeUtf8(await readBody(request, limitBytes)));
}
