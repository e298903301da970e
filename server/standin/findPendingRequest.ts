import type { ServerResponse } from 'node:http';
import { errorPage } from './pages';
import { sendPage } from './sendPage';
import type { PendingRequest, StandInContext } from './StandInContext';

/**
 * The pending request `requestId` names, or undefined after answering an error page: an unknown,
 * finished or expired request cannot continue, and where to send the user back is not known.
 */
export function findPendingRequest(
  response: ServerResponse,
  context: StandInContext,
  requestId: string | null,
  consume: boolean,
): PendingRequest | undefined {
  const token = requestId ?? '';
  const check = consume ? context.pendingRequests.consume(token) : context.pendingRequests.peek(token);
  if (check.kind === 'valid') return check.value;
  sendPage(
    response,
    400,
    errorPage(
      'This request has ended',
      `This authorization request is unknown, finished or expired. Go back to ${context.platformName} and start again.`,
    ),
  );
  return undefined;
}
