import { expect, test } from '@playwright/test';
import { openConnections, rowsNamed, signInAtStripe, successBanner } from './support/demo';
import { callbackResponse, choosePopupMode, openStripeWindow } from './support/popup';
import { startDemoServer, type DemoServer } from './support/startDemoServer';

// Beside the shared servers of playwright.config.ts, which send no Cross-Origin-Opener-Policy.
let server: DemoServer;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  server = await startDemoServer(['--coop']);
});

test.afterAll(async () => {
  await server?.close();
});

test('with Cross-Origin-Opener-Policy on the callback page, the answer still reaches the page that opened the window', async ({
  browser,
}) => {
  const context = await browser.newContext({ baseURL: server.baseURL });
  // Tells, from the callback page in the window, whether the policy severed it from its opener.
  await context.addInitScript(() => {
    if (location.pathname.endsWith('/callback'))
      console.info(`callback opener: ${window.opener === null ? 'none' : 'present'}`);
  });
  const page = await context.newPage();
  try {
    const table = await openConnections(page);
    await choosePopupMode(page);
    const popup = await openStripeWindow(page);
    const openerSeen = popup.waitForEvent('console', (message) => message.text().startsWith('callback opener:'));

    const answered = callbackResponse(popup);
    await signInAtStripe(popup);
    // The policy that severs the window from its opener: window.opener is null on this page,
    // and the opener reads the window as closed.
    expect((await answered).headers()['cross-origin-opener-policy']).toBe('same-origin');
    expect((await openerSeen).text()).toBe('callback opener: none');

    await expect(successBanner(page)).toContainText('Stripe was added to your data sources.');
    await expect(rowsNamed(table, 'Stripe')).toHaveCount(1);
    await expect.poll(() => popup.isClosed()).toBe(true);
  } finally {
    await context.close();
  }
});
