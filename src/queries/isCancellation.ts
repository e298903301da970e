import { isCancelledError } from '@tanstack/react-query';
import { isConnectionsApiError } from '../api/ConnectionsApiError';

/** A failure that only says the widget stopped waiting (it unmounted, or moved on): nothing to show or report. */
export function isCancellation(error: unknown): boolean {
  return isCancelledError(error) || (isConnectionsApiError(error) && error.kind === 'aborted');
}
