import { ApiError } from '../operations/ApiError';
import { errorResponse } from './jsonResponse';

/**
 * The answer to what a route threw: a refusal (`ApiError`) as the contract's error body with its
 * status; anything else, which nobody answered for, logged with its stack and answered as a
 * plain 500 that says nothing of the server's insides.
 */
export function answerError(error: unknown, log: (message: string) => void): Response {
  if (error instanceof ApiError) return errorResponse(error.status, error.code, error.message);
  log(`Unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return errorResponse(500, 'internal', 'Something went wrong on the server.');
}
