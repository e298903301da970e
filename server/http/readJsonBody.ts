import type { ValidateFunction } from 'ajv/dist/2020.js';
import { ApiError } from '../operations/ApiError';
import { describeValidationErrors } from './contractSchemas';

/**
 * True when the request declares `mediaType` (parameters such as `charset=utf-8` allowed, any
 * other charset refused since bodies are decoded as UTF-8).
 */
export function hasMediaType(request: Request, mediaType: string): boolean {
  const [type = '', ...parameters] = (request.headers.get('content-type') ?? '').split(';');
  if (type.trim().toLowerCase() !== mediaType) return false;
  return parameters.every((parameter) => {
    const [name = '', value = ''] = parameter.split('=').map((part) => part.trim().toLowerCase());
    return name !== 'charset' || value.replace(/"/g, '') === 'utf-8';
  });
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The body of a request declaring `mediaType`, as the text it came as (what a signature over the
 * raw body needs): 415 for another media type, which also means a cross-site HTML form cannot
 * reach the API without a CORS preflight; 400 for bytes that are not UTF-8, rather than
 * replacement characters. Its size is bounded before this by the body-limit middleware.
 */
export async function readTextBody(request: Request, mediaType: string): Promise<string> {
  if (!hasMediaType(request, mediaType)) {
    throw new ApiError(415, 'invalid_request', `The request body is not ${mediaType}.`);
  }
  // Read outside the `try`: the body-limit middleware stops a body too large by failing this read.
  const bytes = await request.arrayBuffer();
  try {
    return utf8.decode(bytes);
  } catch {
    throw new ApiError(400, 'invalid_request', 'The request body is not valid UTF-8.');
  }
}

/**
 * Reads the JSON body and checks it against `validate`: 400 invalid_request, with what is wrong
 * (the validator's words, which may quote the body) kept for the log, not the answer.
 */
export async function readValidJsonBody(request: Request, validate: ValidateFunction): Promise<unknown> {
  const text = await readTextBody(request, 'application/json');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ApiError(400, 'invalid_request', 'The request body is not valid JSON.');
  }
  if (!validate(body)) {
    throw new ApiError(
      400,
      'invalid_request',
      `The body does not fit its schema: ${describeValidationErrors(validate, 'body')}`,
    );
  }
  return body;
}
