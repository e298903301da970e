import { expect, type Browser } from '@playwright/test';
import type { QueryClient } from '@tanstack/react-query';
import { signInAtStripe, wording } from '../../e2e/support/demo';
import { withHostPage } from '../support/openHostPage';

/** The shared modules the remote would fetch its own copy of if the host's were not taken (`__prebuild__` chunks). */
const ownCopy = /__prebuild__/;

/**
 * apps/federation: a Vite host with @module-federation/vite, on React 19, that loads the remote
 * from another origin when its Connections route first renders, gives it its own router and
 * QueryClient, and completes the Stripe flow through the stand-in.
 */
export async function checkFederationHost(browser: Browser, origin: string, remoteOrigin: string): Promise<string> {
  return withHostPage(browser, { signInAt: origin }, async (page) => {
    const fromRemote: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(`${remoteOrigin}/`)) fromRemote.push(new URL(request.url()).pathname);
    });
    await page.goto(`${origin}/`);
    await expect(page.getByRole('heading', { level: 1, name: 'Admin home' })).toBeVisible();

    await page.getByRole('link', { name: 'Connections' }).click();
    const table = page.getByRole('table', { name: wording.en.dataSources });
    await expect(table.getByRole('rowheader', { name: 'MySQL', exact: true })).toBeVisible();
    expect(fromRemote).toEqual(expect.arrayContaining(['/mf-manifest.json', '/remoteEntry.js']));
    expect(
      fromRemote.some((file) => /\/ConnectionsWidget-[\w-]+\.js$/.test(file)),
      'the expose from the remote',
    ).toBe(true);
    // One React, one router, one TanStack Query: the host's. The remote fetched no copy of its own.
    expect(fromRemote.filter((file) => ownCopy.test(file))).toEqual([]);
    const widgetQueries = await page.evaluate(() => {
      const client = (window as unknown as { hostQueryClient: QueryClient }).hostQueryClient;
      return client.getQueryCache().findAll({ queryKey: ['connections-widget'] }).length;
    });
    expect(widgetQueries, "the widget's queries in the host's QueryClient").toBeGreaterThan(0);

    await page.getByRole('button', { name: wording.en.add }).click();
    // The host's own useLocation sees the widget's navigation: both use the host's router.
    await expect(page.locator('#host-location')).toHaveText('/admin/connections/add');
    await page.getByRole('button', { name: 'Stripe', exact: true }).click();
    await page.getByRole('button', { name: wording.en.connect }).click();
    await expect(page.getByRole('button', { name: 'Sign in with Stripe to Continue' })).toBeVisible();
    expect(new URL(page.url()).origin).not.toBe(origin);
    await signInAtStripe(page);

    await expect(page.getByRole('region', { name: wording.en.success })).toBeVisible();
    await expect(table.getByRole('rowheader', { name: 'Stripe', exact: true })).toHaveCount(1);
    await expect(page.locator('#host-location')).toHaveText('/admin/connections');
    return `remote from ${remoteOrigin}; host at ${origin}; Connection successful!`;
  });
}
