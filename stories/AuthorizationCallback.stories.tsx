import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { Route, Routes } from 'react-router';
import { expect, waitFor, within } from 'storybook/test';
import type { ConnectionsApiError } from '../src/api/ConnectionsApiError';
import { AuthorizationCallback } from '../src/components/AuthorizationCallback/AuthorizationCallback';
import { StripeAuthorizationPage } from '../src/components/StripeAuthorizationPage/StripeAuthorizationPage';
import type { MessageKey } from '../src/i18n/en';
import { createMemoryConnectionsApi } from '../src/testing/createMemoryConnectionsApi';
import { ConnectionsPage } from '../src/widget/pages/ConnectionsPage';
import { connections } from '../.storybook/ConnectionsParameters';
import { storyConnections } from '../.storybook/StoryConnections';
import { storyTranslate } from '../.storybook/storyTranslate';
import { apiErrors } from './support/apiErrors';
import { expectErrorPanel, expectRequiresAdmin } from './support/expectations';
import { startAuthorizationFlow } from '../src/testing/startAuthorizationFlow';

const callbackPath = '/connections/callback';

const meta = {
  title: 'Components/AuthorizationCallback',
  component: AuthorizationCallback,
  tags: ['autodocs'],
  args: { connectionsTo: '/connections', startAgainTo: '/connections/add/stripe' },
  // A small host: the callback at its redirect URI, the Connections page it leads to on
  // success, and the Stripe page that Start again opens.
  render: (args) => (
    <Routes>
      <Route path="connections" element={<ConnectionsPage />} />
      <Route path="connections/callback" element={<AuthorizationCallback {...args} />} />
      <Route
        path="connections/add/stripe"
        element={<StripeAuthorizationPage redirectUri={callbackPath} connectionsTo="/connections" />}
      />
    </Routes>
  ),
  parameters: {
    docs: {
      description: {
        component: `The page Stripe sends the browser back to (the redirect URI). It reads \`code\`, \`state\`
and \`error\` from the address (and takes them out of it at once), checks them against the flow
this browser started, completes the authorization through the API exactly once, and goes to the
Connections page with **Connection successful!**. A denied, forged, expired or replayed answer
gets an alert and a way back, and connects nothing; a reload shows the same alert.

\`\`\`tsx
<Route
  path="/admin/connections/callback"
  element={<AuthorizationCallback connectionsTo="/admin/connections" startAgainTo="/admin/connections/add/stripe" />}
/>
\`\`\`

Each story starts a real authorization on the in-memory API and keeps the pending-flow record
as Connect with Stripe does, then opens the callback with the answer of the story's case.`,
      },
    },
  },
} satisfies Meta<typeof AuthorizationCallback>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Expects the failure page (its heading, the alert's sentence, a way back, Start again), and
 * that the backend still has only the Stripe sources it had before.
 */
async function expectFailure(
  context: StoryContext,
  message: MessageKey,
  { values, stripeSourcesBefore = 0 }: { values?: Record<string, string>; stripeSourcesBefore?: number } = {},
) {
  const t = storyTranslate(context);
  const { canvas } = context;
  const heading = await canvas.findByRole('heading', { name: t('callback.failedTitle') });
  // Focus follows in an effect after the page is drawn.
  await waitFor(() => expect(heading).toHaveFocus());
  await expect(canvas.getByRole('alert')).toHaveTextContent(t(message, values));
  await expect(canvas.getByRole('link', { name: t('common.backToConnections') })).toBeVisible();
  await expect(canvas.getByRole('link', { name: t('callback.startAgain') })).toBeVisible();
  const { dataSources } = await storyConnections(context).api.listDataSources();
  await expect(dataSources.filter((source) => source.integrationId === 'stripe')).toHaveLength(stripeSourcesBefore);
}

/** A real answer from Stripe, which the backend then fails to complete with `failure`. */
function completionFailing(failure: () => ConnectionsApiError) {
  return connections({
    prepare: async (api) => {
      const { search } = await startAuthorizationFlow(api, { redirectUri: callbackPath });
      api.setFailure('completeAuthorization', failure());
      return { route: `${callbackPath}${search}` };
    },
  });
}

/** Expects the error panel with Try again, brings the backend back, and expects Try again to connect. */
async function expectRetryConnects(context: StoryContext, reason: MessageKey) {
  const retry = await expectErrorPanel(context, 'callback.completeError', reason);
  storyConnections(context).memoryApi.setFailure('completeAuthorization', null);
  await context.userEvent.click(retry);
  await expect(await context.canvas.findByText(storyTranslate(context)('banner.title'))).toBeVisible();
}

/** The answer is with the backend, which has not replied yet. */
export const Verifying: Story = {
  tags: ['every-theme-and-locale'],
  parameters: connections({
    prepare: async (api) => {
      const { search } = await startAuthorizationFlow(api, { redirectUri: callbackPath });
      return { route: `${callbackPath}${search}`, api: createMemoryConnectionsApi({ latencyMs: Infinity }) };
    },
  }),
  play: async (context) => {
    const t = storyTranslate(context);
    await expect(context.canvas.getByRole('status')).toHaveTextContent(t('callback.verifying'));
  },
};

/** Stripe said yes: the Connections page shows the banner and the new Stripe source. */
export const Success: Story = {
  tags: ['every-theme-and-locale'],
  parameters: connections({
    prepare: async (api) => ({
      route: `${callbackPath}${(await startAuthorizationFlow(api, { redirectUri: callbackPath })).search}`,
    }),
  }),
  play: async (context) => {
    const t = storyTranslate(context);
    const { canvas } = context;
    await expect(await canvas.findByText(t('banner.title'))).toBeVisible();
    await expect(canvas.getByText(t('banner.added', { name: 'Stripe' }))).toBeVisible();
    const table = canvas.getByRole('table', { name: t('dataSources.title') });
    await expect(await within(table).findByRole('rowheader', { name: 'Stripe' })).toBeVisible();
  },
};

/** The admin chose Deny access at Stripe. */
export const DeniedByUser: Story = {
  tags: ['every-theme-and-locale'],
  parameters: connections({
    prepare: async (api) => {
      const { state } = await startAuthorizationFlow(api, { redirectUri: callbackPath });
      const denial = new URLSearchParams({
        error: 'access_denied',
        error_description: 'The user denied your request',
        state,
      });
      return { route: `${callbackPath}?${denial}` };
    },
  }),
  play: (context) => expectFailure(context, 'callback.denied'),
};

/** An answer whose state this browser never issued: a forged link, or a flow from another browser. */
export const ForgedState: Story = {
  tags: ['every-theme-and-locale'],
  parameters: connections({
    prepare: async (api) => {
      const { code } = await startAuthorizationFlow(api, { redirectUri: callbackPath });
      const forged = new URLSearchParams({ code, scope: 'read_only', state: 'attacker-chosen-state-0123456789abcdef' });
      return { route: `${callbackPath}?${forged}` };
    },
  }),
  play: (context) => expectFailure(context, 'callback.tampered'),
};

const elevenMinutes = 11 * 60 * 1000;

/** The admin came back more than ten minutes after starting: the backend says so (the browser's clock is not asked). */
export const ExpiredState: Story = {
  tags: ['every-theme-and-locale'],
  parameters: connections({
    prepare: async () => {
      // Started eleven minutes ago by the backend's clock.
      let lag = elevenMinutes;
      const api = createMemoryConnectionsApi({ now: () => new Date(Date.now() - lag) });
      const { search } = await startAuthorizationFlow(api, {
        redirectUri: callbackPath,
        startedAt: Date.now() - elevenMinutes,
      });
      lag = 0;
      return { route: `${callbackPath}${search}`, api };
    },
  }),
  play: (context) => expectFailure(context, 'callback.expired'),
};

/**
 * The state was used up before this answer arrived (in another tab, say, with another answer):
 * the list is checked, nothing of this flow is in it, and the message does not claim more.
 */
export const CodeAlreadyUsed: Story = {
  tags: ['every-theme-and-locale'],
  parameters: connections({
    prepare: async (api) => {
      const { state, search } = await startAuthorizationFlow(api, { redirectUri: callbackPath });
      await api.completeAuthorization({ state, code: 'ac_other' }).catch(() => undefined);
      return { route: `${callbackPath}${search}` };
    },
  }),
  play: (context) => expectFailure(context, 'callback.used'),
};

/** Another tab completed this state and connected Stripe; this one arrives with an answer it cannot use. */
export const CompletedInAnotherTab: Story = {
  tags: ['every-theme-and-locale'],
  parameters: connections({
    prepare: async (api) => {
      const { state, code } = await startAuthorizationFlow(api, { redirectUri: callbackPath });
      await api.completeAuthorization({ state, code });
      const lost = new URLSearchParams({ code: 'ac_lostAnswer', scope: 'read_only', state });
      return { route: `${callbackPath}?${lost}` };
    },
  }),
  // The other tab's completion added its source; this answer adds no second one.
  play: (context) =>
    expectFailure(context, 'callback.usedConnected', { values: { name: 'Stripe' }, stripeSourcesBefore: 1 }),
};

/** The admin granted Stripe read-write access: the backend refused the grant and revoked it. */
export const GrantWiderThanReadOnly: Story = {
  tags: ['every-theme-and-locale'],
  parameters: completionFailing(apiErrors.scopeNotAllowed),
  play: async (context) => {
    await expectFailure(context, 'callback.scope_not_allowed');
    await expect(
      context.canvas.queryByRole('button', { name: storyTranslate(context)('common.retry') }),
    ).not.toBeInTheDocument();
  },
};

/** Stripe could not be reached for the code exchange (502 provider_error): the same code may be tried again. */
export const ProviderUnavailable: Story = {
  parameters: completionFailing(apiErrors.providerError),
  play: (context) => expectRetryConnects(context, 'error.server'),
};

/** The backend cannot be reached; the answer is still good, so Try again is offered. */
export const BackendDown: Story = {
  tags: ['every-theme-and-locale'],
  parameters: completionFailing(apiErrors.network),
  play: async (context) => {
    await expectErrorPanel(context, 'callback.completeError', 'error.network');
  },
};

/** The backend is back: Try again completes the connection. */
export const RetryAfterBackendDown: Story = {
  parameters: BackendDown.parameters,
  play: (context) => expectRetryConnects(context, 'error.network'),
};

/** A Standard (or Read-Only) user sees the notice instead of the outcome. */
export const NonAdmin: Story = {
  tags: ['every-theme-and-locale'],
  globals: { role: 'read-only' },
  parameters: connections({ route: `${callbackPath}?code=ac_1&scope=read_only&state=st_1` }),
  play: expectRequiresAdmin,
};
