import { expect, type Locator, type Page } from '@playwright/test';
import { chooseSetting } from './demo';

/** A page, or a part of one (one widget of several): where to find the widget's controls. */
type Scope = Pick<Page | Locator, 'getByRole'>;

/** Switches the demo's header to popup mode (the widget then opens Stripe in a window). */
export async function choosePopupMode(page: Page): Promise<void> {
  await chooseSetting(page, 'Authorization', 'Popup');
}

/**
 * Add a Data Source → Stripe → Connect with Stripe in popup mode: resolves with the window the
 * widget opened, once it shows the stand-in's access request page.
 */
export async function openStripeWindow(page: Page, scope: Scope = page): Promise<Page> {
  await scope.getByRole('button', { name: 'Add a Data Source' }).click();
  await scope.getByRole('button', { name: 'Stripe', exact: true }).click();
  const opened = page.waitForEvent('popup');
  await scope.getByRole('button', { name: 'Connect with Stripe' }).click();
  const popup = await opened;
  await expect(popup.getByRole('button', { name: 'Sign in with Stripe to Continue' })).toBeVisible();
  return popup;
}

/** The answer's arrival at the callback page in the window: resolves with that response. */
export function callbackResponse(popup: Page) {
  return popup.waitForResponse(
    (response) => response.request().isNavigationRequest() && new URL(response.url()).pathname.endsWith('/callback'),
  );
}
