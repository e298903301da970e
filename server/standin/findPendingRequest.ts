import type { Context } from 'hono';
import { errorPage } from './pages';
import { sendPage } from './sendPage';
import type { PendingRequest, StandInContext } from './StandInContext';

/**
 * The pending request `requestId` names, or the error page to answer instead: an unknown,
 * finished or expired request cannot continue, and where to send the user back is not known.
 */
export function findPendingRequest(
  c: Context,
  context: StandInContext,
  requestId: string | null | undefined,
  consume: boolean,
): PendingRequest | Response {
  const token = requestId ?? '';
  const check = consume ? context.pendingRequests.consume(token) : context.pendingRequests.peek(token);
  if (check.kind === 'valid') return check.value;
  return sendPage(
    c,
    400,
    errorPage(
      'This request has ended',
      `This authorization request is unknown, finished or expired. Go back to ${context.platformName} and start again.`,
    ),
  );
}
