import type { ConsentPageInput } from './pages';
import type { PendingRequest, StandInContext } from './StandInContext';

export function consentPageInput(
  context: StandInContext,
  requestId: string,
  pending: PendingRequest,
): ConsentPageInput {
  return {
    platformName: context.platformName,
    requestId,
    scope: pending.scope,
    returnOrigin: new URL(pending.redirectUri).origin,
  };
}
