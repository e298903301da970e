import type { IncomingMessage } from 'node:http';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { readJsonBody } from '../http/requestBody';
import { ApiError } from './ApiError';
import { describeValidationErrors } from './contractSchemas';

/** Reads the JSON body and checks it against `validate`: 400 invalid_request naming what is wrong. */
export async function readValidJsonBody(request: IncomingMessage, validate: ValidateFunction): Promise<unknown> {
  const body = await readJsonBody(request);
  if (!validate(body)) throw new ApiError(400, 'invalid_request', describeValidationErrors(validate, 'body'));
  return body;
}
