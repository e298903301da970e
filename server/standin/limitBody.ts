import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';

/** The largest body the stand-in reads: a Stripe token request, or a page's form, is far smaller. */
export const bodyLimitBytes = 16 * 1024;

/**
 * Refuses a larger body with a 413 before the route reads it (at once when its Content-Length
 * says so), so a client cannot make the stand-in buffer an unbounded body. Thrown, so that the
 * route's app answers it in its own shape (answeringProblems).
 */
export const limitBody = bodyLimit({
  maxSize: bodyLimitBytes,
  onError: () => {
    throw new HTTPException(413, { message: `The request body is larger than ${bodyLimitBytes} bytes.` });
  },
});
