import type { StoryContext } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import type { MessageKey } from '../../src/i18n/en';
import { storyTranslate } from '../../.storybook/storyTranslate';

/** Asserts the role gate's notice, "Requires Administrator permissions" in the story's locale. */
export async function expectRequiresAdmin(context: StoryContext): Promise<void> {
  await expect(context.canvas.getByText(storyTranslate(context)('gate.requiresAdmin'))).toBeVisible();
}

/**
 * Waits for the error panel and asserts what it says (what failed, and why) and its Try again
 * button; returns the button.
 */
export async function expectErrorPanel(
  context: StoryContext,
  title: MessageKey,
  reason: MessageKey,
): Promise<HTMLElement> {
  const t = storyTranslate(context);
  const alert = await context.canvas.findByRole('alert');
  await expect(alert).toHaveTextContent(t(title));
  await expect(alert).toHaveTextContent(t(reason));
  const retry = within(alert).getByRole('button', { name: t('common.retry') });
  await expect(retry).toBeVisible();
  return retry;
}
