import { bodyLimit } from 'hono/body-limit';
import { errorResponse } from './jsonResponse';

/**
 * The largest request body read. The largest the contract allows (a completion) is under 2 KiB by
 * its schema, and a Stripe event or a demo sign-in is far smaller.
 */
const bodyLimitBytes = 16 * 1024;

/** Refuses a body past `bodyLimitBytes` with 413, at once when its length says so, else as it streams in. */
export const limitRequestBody = bodyLimit({
  maxSize: bodyLimitBytes,
  onError: () => errorResponse(413, 'invalid_request', `The request body is larger than ${bodyLimitBytes} bytes.`),
});
