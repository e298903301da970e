/** Every reason an answer can be refused for, as a list for reading one back from storage. */
export const authorizationFailureReasons = [
  'denied',
  'tampered',
  'expired',
  'used',
  'code_invalid',
  'scope_not_allowed',
  'incomplete',
  'provider_error',
] as const;

/** Why an authorization that came back to the callback did not connect anything. */
export type AuthorizationFailureReason = (typeof authorizationFailureReasons)[number];

/** Reported through `onEvent` (`authorization_failed`) when the callback refuses an answer itself. */
export class AuthorizationCallbackError extends Error {
  override readonly name = 'AuthorizationCallbackError';
  readonly reason: AuthorizationFailureReason;

  constructor(reason: AuthorizationFailureReason) {
    super(`The authorization was not completed: ${reason}.`);
    this.reason = reason;
  }
}
