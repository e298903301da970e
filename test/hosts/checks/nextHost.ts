import { expect, type Browser } from '@playwright/test';
import { signInAtStripe, wording } from '../../e2e/support/demo';
import { withHostPage } from '../support/openHostPage';

/**
 * apps/next: a Next.js App Router app, built with `next build` and served by `next start`,
 * imports the widget from the packed tarball into a server component's tree through a client
 * boundary, and mounts connections-widget/server in a route handler under /api/connections
 * behind its own sign-in. Plain requests: the API is 401 without the host's cookie and answers
 * the catalog with it. The server's HTML has the widget's loading state and no error; in
 * Chromium the Stripe flow runs through the stand-in against the route handler.
 */
export async function checkNextHost(browser: Browser, origin: string): Promise<string> {
  const api = `${origin}/api/connections`;
  // No cookie jar here: what any caller without the host's session gets, or with one it made up.
  for (const path of ['/integrations', '/data-sources']) {
    const answer = await fetch(`${api}${path}`);
    expect(answer.status, `GET /api/connections${path} without the host's cookie`).toBe(401);
  }
  const forged = await fetch(`${api}/integrations`, { headers: { cookie: 'host_session=ada.forged' } });
  expect(forged.status, 'a session cookie the host did not sign').toBe(401);

  return withHostPage(browser, {}, async (page) => {
    const signedIn = await page.request.post(`${origin}/api/sign-in`);
    expect(signedIn.status()).toBe(204);
    expect(signedIn.headers()['set-cookie']).toMatch(/^host_session=[^;]+;.*HttpOnly/);
    const catalog = await page.request.get(`${api}/integrations`);
    expect(catalog.status()).toBe(200);
    const { integrations } = (await catalog.json()) as { integrations: { id: string; name: string }[] };
    expect(integrations.map((integration) => integration.name)).toContain('Stripe');

    const served = await page.request.get(`${origin}/admin/connections`);
    expect(served.status()).toBe(200);
    const html = await served.text();
    expect(html).toContain('<h1>Manage Data</h1>');
    expect(html).toContain('Loading data sources…');
    expect(html).not.toMatch(/Something went wrong|Application error|__next_error__/);

    // The host's account starts with no sources: the packaged server seeds nothing.
    await page.goto(`${origin}/admin/connections`);
    await expect(page.getByText('No data sources yet.', { exact: false })).toBeVisible();
    await page.getByRole('button', { name: wording.en.add }).click();
    await page.getByRole('button', { name: 'Stripe', exact: true }).click();
    await page.getByRole('button', { name: wording.en.connect }).click();
    await expect(page.getByRole('button', { name: 'Sign in with Stripe to Continue' })).toBeVisible();
    await signInAtStripe(page);
    await expect(page.getByRole('region', { name: wording.en.success })).toBeVisible();
    const table = page.getByRole('table', { name: wording.en.dataSources });
    await expect(table.getByRole('rowheader', { name: 'Stripe', exact: true })).toHaveCount(1);
    return `API: 401 without the host's cookie or with a forged one, ${integrations.length} integrations with it; server HTML: loading state, no error; Chromium: Connection successful!, one Stripe row`;
  });
}
