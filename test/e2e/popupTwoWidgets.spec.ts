import { expect, test, type Locator } from '@playwright/test';
import { signInAtStripe } from './support/demo';
import { openStripeWindow } from './support/popup';

const successIn = (widget: Locator) => widget.getByRole('region', { name: 'Connection successful!' });

test('two widgets on one page each open their own window, and each answer reaches only its own widget', async ({
  page,
}) => {
  await page.goto('/admin/two-widgets');
  const first = page.getByRole('region', { name: 'First widget' });
  const second = page.getByRole('region', { name: 'Second widget' });
  for (const widget of [first, second]) {
    await expect(widget.getByRole('table', { name: 'Data Sources' }).getByRole('rowheader').first()).toBeVisible();
  }

  const firstWindow = await openStripeWindow(page, first);
  const secondWindow = await openStripeWindow(page, second);
  expect(firstWindow).not.toBe(secondWindow);
  // Neither window was taken over by the other widget's flow.
  expect(new URL(firstWindow.url()).searchParams.get('state')).not.toBe(
    new URL(secondWindow.url()).searchParams.get('state'),
  );

  await signInAtStripe(secondWindow);
  await expect(successIn(second)).toContainText('Stripe was added to your data sources.');
  await expect(successIn(first)).toHaveCount(0);
  await expect(first.getByRole('heading', { name: 'The connection was not completed' })).toHaveCount(0);
  await expect(first.getByRole('button', { name: 'Show the Stripe window' })).toBeVisible();
  await expect(page).toHaveURL((url) => url.pathname === '/admin/two-widgets');

  await signInAtStripe(firstWindow);
  await expect(successIn(first)).toContainText('Stripe was added to your data sources.');
  await expect(successIn(second)).toHaveCount(1);
});
