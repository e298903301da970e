/**
 * The browser refused to open the window for the provider's page (a popup blocker), so nothing
 * was started: no request went to the backend. The page offers to continue in this tab instead.
 */
export class AuthorizationPopupBlockedError extends Error {
  override readonly name = 'AuthorizationPopupBlockedError';

  constructor() {
    super('The browser blocked the window for the authorization, so it was not started.');
  }
}
