/**
 * The browser would not keep the pending-flow record (sessionStorage is full, or refused as in
 * some private windows), so the widget did not leave for the provider: coming back, it could
 * not have told the answer from a forged one.
 */
export class AuthorizationStorageError extends Error {
  override readonly name = 'AuthorizationStorageError';

  constructor() {
    super(
      'The pending authorization could not be stored in sessionStorage, so the browser did not leave for the provider.',
    );
  }
}
