import { expect, type Browser } from '@playwright/test';
import { signInAtStripe, wording } from '../../e2e/support/demo';
import { withHostPage } from '../support/openHostPage';

/**
 * apps/next: a Next.js App Router app, built with `next build` and served by `next start`,
 * imports the widget from the packed tarball into a server component's tree through a client
 * boundary. The server's HTML has the widget's loading state and no error; in Chromium the
 * table appears and the Stripe flow runs through the stand-in.
 */
export async function checkNextHost(browser: Browser, origin: string): Promise<string> {
  return withHostPage(browser, { signInAt: origin }, async (page) => {
    const served = await page.request.get(`${origin}/admin/connections`);
    expect(served.status()).toBe(200);
    const html = await served.text();
    expect(html).toContain('<h1>Manage Data</h1>');
    expect(html).toContain('Loading data sources…');
    expect(html).not.toMatch(/Something went wrong|Application error|__next_error__/);

    await page.goto(`${origin}/admin/connections`);
    const table = page.getByRole('table', { name: wording.en.dataSources });
    await expect(table.getByRole('rowheader', { name: 'MySQL', exact: true })).toBeVisible();
    await page.getByRole('button', { name: wording.en.add }).click();
    await page.getByRole('button', { name: 'Stripe', exact: true }).click();
    await page.getByRole('button', { name: wording.en.connect }).click();
    await expect(page.getByRole('button', { name: 'Sign in with Stripe to Continue' })).toBeVisible();
    await signInAtStripe(page);
    await expect(page.getByRole('region', { name: wording.en.success })).toBeVisible();
    await expect(table.getByRole('rowheader', { name: 'Stripe', exact: true })).toHaveCount(1);
    return 'server HTML: loading state, no error; Chromium: table, Connection successful!';
  });
}
