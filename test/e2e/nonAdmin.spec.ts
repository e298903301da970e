import { expect, test, type Page } from '@playwright/test';
import { chooseSetting, dataSourcesTable, openConnections } from './support/demo';

/** Every request the page makes to the backend's API, by path, from now on. */
function recordApiRequests(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/api/')) paths.push(pathname);
  });
  return paths;
}

for (const role of ['Standard', 'Read-Only']) {
  test(`a ${role} user sees "Requires Administrator permissions" and the widget asks the backend nothing`, async ({
    page,
  }) => {
    await openConnections(page);
    const requests = recordApiRequests(page);
    const signedIn = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/v1/session');

    await chooseSetting(page, 'Role', role);

    expect((await signedIn).status()).toBe(204);
    await expect(page.getByText('Requires Administrator permissions').first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Add a Data Source' })).toHaveCount(0);
    await expect(dataSourcesTable(page)).toHaveCount(0);
    expect(requests).toEqual(['/api/v1/session']);

    // The choice survives a reload, and the reloaded page asks nothing either.
    requests.length = 0;
    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Role' })).toHaveValue(
      role === 'Standard' ? 'standard' : 'read-only',
    );
    await expect(page.getByText('Requires Administrator permissions').first()).toBeVisible();
    expect(requests).toEqual(['/api/v1/session']);

    // The prop is only UX: the backend refuses this session on its own.
    const direct = await page.request.get('/api/v1/data-sources');
    expect(direct.status()).toBe(403);
  });
}

test('switching back to Admin shows the table again', async ({ page }) => {
  await openConnections(page);
  await chooseSetting(page, 'Role', 'Read-Only');
  await expect(page.getByText('Requires Administrator permissions').first()).toBeVisible();

  await chooseSetting(page, 'Role', 'Admin');
  await expect(dataSourcesTable(page).getByRole('rowheader', { name: 'MySQL' })).toBeVisible();
  await expect(page.getByText('Requires Administrator permissions')).toHaveCount(0);
});
