import { expect, type Browser, type Page } from '@playwright/test';
import { wording } from '../../e2e/support/demo';
import { withHostPage } from '../support/openHostPage';

/** What apps/single-spa/src/rootConfig.ts puts on window to drive its parcel. */
type RootConfigWindow = typeof window & {
  panel: {
    mount(): Promise<void>;
    update(props: Record<string, unknown>): Promise<unknown>;
    unmount(): Promise<unknown>;
  };
};

/** The page as single-spa found it before any widget: checked again after each unmount. */
const bodyAsLoaded = (page: Page) =>
  page.evaluate(() => Array.from(document.body.children, (child) => child.outerHTML).join('\n'));

/**
 * apps/single-spa: a root config built with single-spa itself (and Vite) registers
 * `connections-widget/single-spa` as an application on /admin/connections, and mounts the
 * same lifecycles as a parcel that it updates.
 */
export async function checkSingleSpaHost(browser: Browser, origin: string): Promise<string> {
  return withHostPage(browser, { signInAt: origin }, async (page) => {
    await page.goto(`${origin}/`);
    await expect(page.getByRole('link', { name: 'Connections' })).toBeVisible();
    const untouched = await bodyAsLoaded(page);
    const table = page.getByRole('table', { name: wording.en.dataSources });

    // Mount: single-spa activates the application on its route.
    await page.getByRole('link', { name: 'Connections' }).click();
    await expect(table.getByRole('rowheader', { name: 'MySQL', exact: true })).toBeVisible();
    // In the element single-spa-react's convention names: single-spa-application:<name>.
    await expect(page.locator('[id="single-spa-application:connections"]').getByRole('table')).toBeVisible();

    // Away: unmounted, and the page is as it was.
    await page.getByRole('link', { name: 'Home' }).click();
    await expect(page.locator('.cw-root')).toHaveCount(0);
    expect(await bodyAsLoaded(page)).toBe(untouched);

    // And back (the browser's Back button): mounted again, loaded again.
    await page.goBack();
    await expect(page).toHaveURL(`${origin}/admin/connections`);
    await expect(table.getByRole('rowheader', { name: 'MySQL', exact: true })).toBeVisible();

    // The flow starts from the application: it leaves for the stand-in's sign-in page.
    await page.getByRole('button', { name: wording.en.add }).click();
    await page.getByRole('button', { name: 'Stripe', exact: true }).click();
    await page.getByRole('button', { name: wording.en.connect }).click();
    await expect(page.getByRole('button', { name: 'Sign in with Stripe to Continue' })).toBeVisible();

    // A parcel: mounted, its props updated by single-spa, unmounted.
    await page.goto(`${origin}/`);
    await page.evaluate(() => (window as RootConfigWindow).panel.mount());
    const panel = page.getByRole('region', { name: 'Panel' });
    await expect(panel.getByRole('table', { name: wording.en.dataSources })).toBeVisible();
    await page.evaluate(() => (window as RootConfigWindow).panel.update({ locale: 'pt-BR', theme: 'dark' }));
    await expect(panel.getByRole('heading', { level: 2, name: wording['pt-BR'].connections })).toBeVisible();
    await expect(panel.locator('.cw-root').first()).toHaveAttribute('data-theme', 'dark');
    await page.evaluate(() => (window as RootConfigWindow).panel.unmount());
    await expect(panel).toBeEmpty();
    expect(await bodyAsLoaded(page)).toBe(untouched);
    return 'mount, away and back, the flow to the stand-in, parcel update and unmount';
  });
}
