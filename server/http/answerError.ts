import { ApiError } from '../operations/ApiError';
import { errorResponse } from './jsonResponse';

/**
 * The answer to what a route threw: a refusal (`ApiError`) as the contract's error body with its
 * status; anything else, which nobody answered for, logged with its stack and answered as a
 * plain 500 that says nothing of the server's insides.
 */
export function answerError(error: unknown, log: (message: string) => void): Response {
  if (error instanceof ApiError) return errorResponse(error.status, error.code, error.message);
  // The client closed the connection mid-body: its doing, not the server's, and nobody is left
  // to read the answer. Not logged as a fault.
  if (clientWentAway(error)) return errorResponse(400, 'invalid_request', 'The request body did not arrive whole.');
  log(`Unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return errorResponse(500, 'internal', 'Something went wrong on the server.');
}

/** Node's error for a request whose connection closed before its body was read (`aborted`, ECONNRESET). */
function clientWentAway(error: unknown): boolean {
  return (
    error instanceof Error && (error as NodeJS.ErrnoException).code === 'ECONNRESET' && error.message === 'aborted'
  );
}
