import { expect, type Browser } from '@playwright/test';
import { withHostPage } from '../support/openHostPage';

const clearError =
  /connections-widget \(Module Federation remote\): the host shares React 17\.0\.2, and the widget needs React \^18\.3 \|\| \^19/;

/**
 * apps/federation-react17: a host on React 17, which the remote cannot run on, shares it and
 * mounts the remote. The remote brings no React of its own, so it cannot run beside the
 * host's: it refuses with a clear error, which the host's error boundary shows, and renders
 * nothing (no request to the backend is sent).
 */
export async function checkFederationReact17Host(browser: Browser, origin: string): Promise<string> {
  return withHostPage(browser, { signInAt: origin, expectedConsoleErrors: clearError }, async (page) => {
    const apiRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/')) apiRequests.push(request.url());
    });
    await page.goto(`${origin}/admin/connections`);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(clearError);
    await expect(page.getByRole('table')).toHaveCount(0);
    expect(await page.locator('.cw-root').count()).toBe(0);
    expect(apiRequests).toEqual([]);
    return (await alert.innerText()).replace(/^The remote failed: /, '').slice(0, 90) + '…';
  });
}
