import { waitFor } from '@testing-library/react';

/**
 * Waits until `button` is no longer `aria-disabled` (Connect with Stripe waits for the catalog)
 * and returns it, so a click is not lost on a button that ignores it.
 */
export async function whenEnabled(button: HTMLElement): Promise<HTMLElement> {
  await waitFor(() => expect(button).toHaveAttribute('aria-disabled', 'false'));
  return button;
}
