import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn } from 'storybook/test';
import {
  ConnectionSuccessBanner,
  type ConnectionSuccessBannerProps,
} from '../src/components/ConnectionSuccessBanner/ConnectionSuccessBanner';
import { storyTranslate } from '../.storybook/storyTranslate';
import { expectRequiresAdmin } from './support/expectations';

/** The banner as its owner shows it: until Dismiss, after which the owner stops rendering it. */
function DismissibleBanner({ onDismiss, ...props }: ConnectionSuccessBannerProps) {
  const [shown, setShown] = useState(true);
  const dismiss = () => {
    onDismiss();
    setShown(false);
  };
  return shown ? <ConnectionSuccessBanner {...props} onDismiss={dismiss} /> : null;
}

const meta = {
  title: 'Components/ConnectionSuccessBanner',
  component: ConnectionSuccessBanner,
  tags: ['autodocs'],
  args: { dataSourceName: 'Stripe', onDismiss: fn() },
  render: (args) => <DismissibleBanner {...args} />,
  parameters: {
    docs: {
      description: {
        component: `**Connection successful!** at the top of the page, a region named by its title, announced
politely, with a Dismiss button. Used alone it is its own live region (role status); inside
\`ConnectionsWidget\` the widget's live region, already on the page before the Connections page
comes back, says it. Showing it once per connection is its owner's part: \`ConnectionsWidget\`'s
Connections page shows it on arrival from a completed authorization and not after a reload.

\`\`\`tsx
{success && <ConnectionSuccessBanner dataSourceName={success.name} onDismiss={() => setSuccess(undefined)} />}
\`\`\``,
      },
    },
  },
} satisfies Meta<typeof ConnectionSuccessBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A new source was added. */
export const Shown: Story = {
  tags: ['every-theme-and-locale'],
  play: async (context) => {
    const t = storyTranslate(context);
    const { canvas } = context;
    await expect(await canvas.findByRole('status')).toHaveTextContent(t('banner.title'));
    await expect(canvas.getByText(t('banner.added', { name: 'Stripe' }))).toBeVisible();
    await expect(canvas.getByRole('button', { name: t('banner.dismiss') })).toBeVisible();
  },
};

/** An existing source was authorized again. */
export const Reauthorized: Story = {
  tags: ['every-theme-and-locale'],
  args: { reauthorized: true },
  play: async (context) => {
    const t = storyTranslate(context);
    await expect(await context.canvas.findByText(t('banner.reconnected', { name: 'Stripe' }))).toBeVisible();
  },
};

/** Without a name only the title shows. */
export const TitleOnly: Story = {
  args: { dataSourceName: undefined },
  play: async (context) => {
    const t = storyTranslate(context);
    const status = await context.canvas.findByRole('status');
    await expect(status.textContent).toBe(t('banner.title'));
  },
};

/** Dismiss hands control back to the owner, which stops showing the banner. */
export const Dismissed: Story = {
  tags: ['every-theme-and-locale'],
  play: async (context) => {
    const t = storyTranslate(context);
    const { canvas, userEvent, args } = context;
    await userEvent.click(await canvas.findByRole('button', { name: t('banner.dismiss') }));
    await expect(args.onDismiss).toHaveBeenCalledTimes(1);
    await expect(canvas.queryByText(t('banner.title'))).not.toBeInTheDocument();
  },
};

/** A non-admin: the administrator notice instead of the banner. */
export const NonAdmin: Story = {
  tags: ['every-theme-and-locale'],
  globals: { role: 'standard' },
  play: async (context) => {
    await expectRequiresAdmin(context);
    await expect(context.canvas.queryByRole('status')).not.toBeInTheDocument();
  },
};
