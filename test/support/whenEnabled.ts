import { waitFor } from '@testing-library/react';

/**
 * Waits until `button` is no longer `aria-disabled` (a button busy with a request ignores
 * presses) and returns it, so a click is not lost.
 */
export async function whenEnabled(button: HTMLElement): Promise<HTMLElement> {
  await waitFor(() => expect(button).not.toHaveAttribute('aria-disabled', 'true'));
  return button;
}
