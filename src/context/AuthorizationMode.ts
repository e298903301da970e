/**
 * Where the provider's authorization page opens: `'redirect'` leaves the host's page for it and
 * comes back at the callback; `'popup'` opens it in a window of its own and keeps the host's page
 * as it is (a modal wizard, an unsaved form, a page in an iframe, an app that loses state on reload).
 */
export type AuthorizationMode = 'redirect' | 'popup';
