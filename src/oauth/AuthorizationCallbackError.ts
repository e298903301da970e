/** Why an authorization that came back to the callback did not connect anything. */
export type AuthorizationFailureReason =
  | 'denied'
  | 'tampered'
  | 'expired'
  | 'used'
  | 'code_invalid'
  | 'incomplete'
  | 'provider_error';

/** Reported through `onEvent` (`authorization_failed`) when the callback refuses an answer itself. */
export class AuthorizationCallbackError extends Error {
  override readonly name = 'AuthorizationCallbackError';
  readonly reason: AuthorizationFailureReason;

  constructor(reason: AuthorizationFailureReason) {
    super(`The authorization was not completed: ${reason}.`);
    this.reason = reason;
  }
}
