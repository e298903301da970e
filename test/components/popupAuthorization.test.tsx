import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { AuthorizationStart, DataSource } from '../../src/api/types';
import { StripeAuthorizationPage } from '../../src/components/StripeAuthorizationPage/StripeAuthorizationPage';
import { LocationAssignContext } from '../../src/context/LocationAssignContext';
import { readWidgetAttributes } from '../../src/element/readWidgetAttributes';
import { AuthorizationPopupBlockedError } from '../../src/oauth/AuthorizationPopupBlockedError';
import { authorizationPopupMarker } from '../../src/oauth/authorizationPopupMarker';
import { pendingAuthorization } from '../../src/oauth/pendingAuthorization';
import { handAnswerToOpener, popupAnswerChannelName } from '../../src/oauth/popupAnswerChannel';
import { createMemoryConnectionsApi, type MemoryConnectionsApi } from '../../src/testing/createMemoryConnectionsApi';
import { productDataSources } from '../../src/testing/fixtures';
import { startAuthorizationFlow } from '../../src/testing/startAuthorizationFlow';
import { expectNoAxeViolations } from '../support/axe';
import { renderConnectionsWidget } from '../support/renderConnectionsWidget';
import { renderWithConnections } from '../support/renderWithConnections';
import { whenEnabled } from '../support/whenEnabled';
import { staleStripeSource } from '../../scripts/staleStripeSource';

/** What the widget touches of the window it opens: a stand-in for it, since jsdom opens none. */
interface FakePopup {
  closed: boolean;
  focus: ReturnType<typeof vi.fn>;
  close: ReturnType<typeof vi.fn>;
  location: { replace: ReturnType<typeof vi.fn<(url: string) => void>> };
  /** The tab that opened it, as `window.open` leaves a window; what the provider's page would reach. */
  opener: Window | null;
}

function fakePopup(): FakePopup {
  const popup: FakePopup = {
    closed: false,
    focus: vi.fn(),
    close: vi.fn(() => {
      popup.closed = true;
    }),
    location: { replace: vi.fn<(url: string) => void>() },
    opener: window,
  };
  return popup;
}

/** `window.open` answering `popup`, or `null` as a popup blocker makes it. */
function stubWindowOpen(popup: FakePopup | null) {
  return vi.spyOn(window, 'open').mockImplementation(() => popup as unknown as Window);
}

/**
 * The in-memory API with its simulated provider moved to Stripe's host: the authorization URL
 * carries the code and state the provider would hand back, so the test can answer as the
 * window would, and it is no longer the widget's own callback (which it would follow in place).
 */
function apiAnsweringStripeUrls(dataSources: readonly DataSource[] = productDataSources): MemoryConnectionsApi {
  const api = createMemoryConnectionsApi({ dataSources });
  const onStripe = (started: AuthorizationStart): AuthorizationStart => ({
    ...started,
    authorizationUrl: `https://connect.stripe.com/oauth/authorize${new URL(started.authorizationUrl).search}`,
  });
  const start = api.startAuthorization.bind(api);
  const restart = api.startReauthorization.bind(api);
  vi.spyOn(api, 'startAuthorization').mockImplementation(async (...args) => onStripe(await start(...args)));
  vi.spyOn(api, 'startReauthorization').mockImplementation(async (...args) => onStripe(await restart(...args)));
  return api;
}

/** Where the widget pointed the window, once it has. */
async function pointedAt(popup: FakePopup): Promise<URL> {
  await waitFor(() => expect(popup.location.replace).toHaveBeenCalledTimes(1));
  return new URL(popup.location.replace.mock.calls[0]![0]);
}

/** What Stripe sends the window back with: the code and state of the URL it was opened at. */
function consentAnswer(url: URL): string {
  const code = url.searchParams.get('code') ?? '';
  const state = url.searchParams.get('state') ?? '';
  return `?${new URLSearchParams({ code, scope: 'read_only', state })}`;
}

/**
 * Does what the callback page does in the window: offers the answer on its flow's channel and
 * says whether the opener took it. The window's mark is set as the opener's `window.open` left it.
 */
async function answerFromTheWindow(search: string): Promise<boolean> {
  authorizationPopupMarker.set();
  try {
    const state = new URLSearchParams(search).get('state') ?? '';
    let accepted = false;
    await act(async () => {
      accepted = await handAnswerToOpener(search, state, 500);
    });
    return accepted;
  } finally {
    authorizationPopupMarker.clear();
  }
}

/** Collects the opener's acknowledgements on a flow's channel for a while: an ignored answer gets none. */
async function acknowledgementsOf(state: string, post: (channel: BroadcastChannel) => void): Promise<unknown[]> {
  const channel = new BroadcastChannel(popupAnswerChannelName(state));
  const heard: unknown[] = [];
  channel.onmessage = (event: MessageEvent<unknown>) => heard.push(event.data);
  try {
    post(channel);
    await act(() => new Promise((resolve) => setTimeout(resolve, 300)));
    return heard;
  } finally {
    channel.close();
  }
}

const connectButton = async () => whenEnabled(await screen.findByRole('button', { name: 'Connect with Stripe' }));

/** The widget in popup mode on its Stripe page, with `window.open` answering `popup`. */
function renderStripePageInWidget(
  popup: FakePopup | null,
  options: { strict?: boolean; api?: MemoryConnectionsApi } = {},
) {
  const open = stubWindowOpen(popup);
  const api = options.api ?? apiAnsweringStripeUrls();
  const complete = vi.spyOn(api, 'completeAuthorization');
  const rendered = renderConnectionsWidget({
    api,
    route: '/add/stripe',
    authorizationMode: 'popup',
    strict: options.strict,
  });
  return { ...rendered, open, complete };
}

const stripeCallbackUri = 'https://app.example.com/admin/connections/callback';

/** The Stripe page on its own (no widget routes), with the browser's departure observed. */
function renderStripePageAlone(popup: FakePopup | null) {
  const open = stubWindowOpen(popup);
  const assign = vi.fn<(url: string) => void>();
  const api = apiAnsweringStripeUrls();
  const rendered = renderWithConnections(
    <LocationAssignContext.Provider value={assign}>
      <StripeAuthorizationPage redirectUri={stripeCallbackUri} />
    </LocationAssignContext.Provider>,
    { api, authorizationMode: 'popup' },
  );
  return { ...rendered, api, open, assign };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('popup mode', () => {
  it('opens the window inside the click, before anything is asked of the backend, then points it at the allowed URL', async () => {
    const popup = fakePopup();
    const { open, api, container, events } = renderStripePageInWidget(popup);
    const connect = await connectButton();

    // A synchronous click: had anything been awaited before window.open, it would not be called yet.
    fireEvent.click(connect);
    expect(open).toHaveBeenCalledExactlyOnceWith(
      '',
      expect.stringMatching(/^connections-widget-authorization-/),
      expect.stringMatching(/^popup,width=\d+,height=\d+/),
    );
    expect(open.mock.invocationCallOrder[0]!).toBeLessThan(
      vi.mocked(api.startAuthorization).mock.invocationCallOrder[0]!,
    );
    expect(screen.getByRole('button', { name: 'Opening Stripe…' })).toHaveAttribute('aria-disabled', 'true');

    const url = await pointedAt(popup);
    expect(url.origin + url.pathname).toBe('https://connect.stripe.com/oauth/authorize');
    // The record is kept in this tab, where the answer will be checked.
    expect(pendingAuthorization.read(url.searchParams.get('state') ?? '')).toMatchObject({ integrationId: 'stripe' });
    expect(events).toContainEqual({ type: 'authorization_started', integrationId: 'stripe', dataSourceId: undefined });
    const showWindow = await screen.findByRole('button', { name: 'Show the Stripe window' });
    expect(showWindow).not.toHaveAttribute('aria-disabled');
    expect(
      screen
        .getAllByRole('status')
        .some(
          (status) =>
            status.textContent ===
            'The sign-in page is open in another window. Finish there: this page updates by itself.',
        ),
    ).toBe(true);
    // The window's mark was for the window alone: this tab does not keep it.
    expect(authorizationPopupMarker.isSet()).toBe(false);
    await expectNoAxeViolations(container);
  });

  it('severs the window from this tab before it leaves for the provider, whose page then finds no window.opener', async () => {
    const popup = fakePopup();
    let openerOnDeparture: Window | null | undefined;
    popup.location.replace.mockImplementation(() => {
      openerOnDeparture = popup.opener;
    });
    const { user } = renderStripePageInWidget(popup);
    await user.click(await connectButton());
    const answer = consentAnswer(await pointedAt(popup));

    expect(openerOnDeparture).toBeNull();
    // The answer comes back all the same, on the flow's channel.
    expect(await answerFromTheWindow(answer)).toBe(true);
    expect(await screen.findByText('Connection successful!')).toBeInTheDocument();
  });

  it('completes the answer the window hands back once, through the backend, with the banner and the new row', async () => {
    const popup = fakePopup();
    const { user, complete, events } = renderStripePageInWidget(popup, { strict: true });
    await user.click(await connectButton());
    const answer = consentAnswer(await pointedAt(popup));

    expect(await answerFromTheWindow(answer)).toBe(true);

    expect(await screen.findByText('Connection successful!')).toBeInTheDocument();
    expect(await screen.findByRole('rowheader', { name: 'Stripe' })).toBeInTheDocument();
    expect(popup.close).toHaveBeenCalled();
    expect(complete).toHaveBeenCalledTimes(1);
    // The same answer again (a second message, a replay): nobody takes it, nothing more is sent.
    expect(await answerFromTheWindow(answer)).toBe(false);
    expect(complete).toHaveBeenCalledTimes(1);
    expect(events.filter((event) => event.type === 'authorization_completed')).toHaveLength(1);
  });

  it('shows a denial at Stripe in the page that opened the window', async () => {
    const popup = fakePopup();
    const { user } = renderStripePageInWidget(popup);
    await user.click(await connectButton());
    const state = (await pointedAt(popup)).searchParams.get('state') ?? '';

    const denial = `?${new URLSearchParams({ error: 'access_denied', error_description: 'The user denied your request', state })}`;
    expect(await answerFromTheWindow(denial)).toBe(true);

    expect(await screen.findByRole('alert')).toHaveTextContent('Access was not granted, so no data source was added.');
    expect(pendingAuthorization.read(state)).toBeUndefined();
  });

  it('brings the open window to the front on a second click, and starts nothing more', async () => {
    const popup = fakePopup();
    const { user, open, api } = renderStripePageInWidget(popup);
    await user.click(await connectButton());
    await pointedAt(popup);

    await user.click(await screen.findByRole('button', { name: 'Show the Stripe window' }));

    expect(popup.focus).toHaveBeenCalledTimes(1);
    expect(open).toHaveBeenCalledTimes(1);
    expect(api.startAuthorization).toHaveBeenCalledTimes(1);
  });

  it('ignores an answer whose state is not exactly the flow’s, and anything that is no answer', async () => {
    const popup = fakePopup();
    const { user, complete } = renderStripePageInWidget(popup);
    await user.click(await connectButton());
    const url = await pointedAt(popup);
    const state = url.searchParams.get('state') ?? '';
    const code = url.searchParams.get('code') ?? '';

    const acknowledgements = await acknowledgementsOf(state, (channel) => {
      // On the flow's own channel, but carrying another state, or a longer or shorter one.
      for (const other of ['madeUpState', `${state}x`, state.slice(0, -1)]) {
        channel.postMessage({ type: 'authorization-answer', search: `?code=${code}&state=${other}` });
      }
      channel.postMessage({ type: 'authorization-answer', search: 42 });
      channel.postMessage({ type: 'authorization-answer', search: `?code=${code}` });
      channel.postMessage('authorization-answer');
    });
    // And a genuine-looking answer on another flow's channel.
    expect(await answerFromTheWindow(`?code=${code}&state=madeUpState`)).toBe(false);

    expect(acknowledgements).toEqual([]);
    expect(complete).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Show the Stripe window' })).toBeInTheDocument();
    // The flow still listens for its own answer.
    expect(await answerFromTheWindow(consentAnswer(url))).toBe(true);
    expect(await screen.findByText('Connection successful!')).toBeInTheDocument();
  });

  it('completes the flow even when the admin moved to another page of the widget meanwhile', async () => {
    const popup = fakePopup();
    const { user, router } = renderStripePageInWidget(popup);
    await user.click(await connectButton());
    const answer = consentAnswer(await pointedAt(popup));

    await user.click(screen.getByRole('link', { name: 'Back to Connections' }));
    await user.click(await screen.findByRole('button', { name: 'Add a Data Source' }));
    expect(await screen.findByRole('heading', { name: 'Add a Data Source' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/add');

    expect(await answerFromTheWindow(answer)).toBe(true);

    expect(await screen.findByText('Connection successful!')).toBeInTheDocument();
    expect(router.state.location).toMatchObject({ pathname: '/', search: '' });
    expect(await screen.findByRole('rowheader', { name: 'Stripe' })).toBeInTheDocument();
  });

  it('returns to its ready state when the window is closed without an answer, focus staying on Connect', async () => {
    const popup = fakePopup();
    const { user, complete } = renderStripePageInWidget(popup);
    const connect = await connectButton();
    await user.click(connect);
    const answer = consentAnswer(await pointedAt(popup));
    expect(connect).toHaveAccessibleName('Show the Stripe window');

    popup.closed = true;

    await waitFor(() => expect(connect).toHaveAccessibleName('Connect with Stripe'), { timeout: 2000 });
    expect(connect).not.toHaveAttribute('aria-disabled');
    expect(connect).toHaveFocus();
    expect(screen.queryByText(/open in another window/)).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    // A window severed by Cross-Origin-Opener-Policy reads as closed while it is still there:
    // its answer, coming later, still completes the flow.
    expect(await answerFromTheWindow(answer)).toBe(true);
    expect(await screen.findByText('Connection successful!')).toBeInTheDocument();
    expect(complete).toHaveBeenCalledTimes(1);
  });

  it('closes the window and says why when the backend’s URL is not on the allow-list', async () => {
    const popup = fakePopup();
    const api = createMemoryConnectionsApi({ providerUrl: 'https://connect.stripe.com.attacker.example/oauth' });
    renderStripePageInWidget(popup, { api });
    fireEvent.click(await connectButton());

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The server sent an authorization address on connect.stripe.com.attacker.example',
    );
    expect(popup.close).toHaveBeenCalled();
    expect(popup.location.replace).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Connect with Stripe' })).toBeInTheDocument();
  });

  it('says the window was blocked, sends nothing, and Continue in this tab leaves for Stripe here', async () => {
    const { user, api, assign, events, container } = renderStripePageAlone(null);
    await user.click(await connectButton());

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'The connection to Stripe could not be started. Your browser blocked the sign-in window. Allow pop-up windows for this site and try again, or continue in this tab.',
    );
    expect(api.startAuthorization).not.toHaveBeenCalled();
    expect(events).toContainEqual({ type: 'authorization_failed', error: expect.any(AuthorizationPopupBlockedError) });
    await expectNoAxeViolations(container);

    const continueHere = within(alert).getByRole('button', { name: 'Continue in this tab' });
    await user.click(continueHere);

    await waitFor(() => expect(assign).toHaveBeenCalledTimes(1));
    const url = new URL(assign.mock.calls[0]![0]);
    expect(url.origin + url.pathname).toBe('https://connect.stripe.com/oauth/authorize');
    expect(api.startAuthorization).toHaveBeenCalledExactlyOnceWith(
      { integrationId: 'stripe', redirectUri: stripeCallbackUri },
      expect.anything(),
    );
    expect(pendingAuthorization.read(url.searchParams.get('state') ?? '')).toMatchObject({ integrationId: 'stripe' });
    // The alert stays while the browser leaves, its button busy and still focused.
    expect(continueHere).toHaveAccessibleName('Continuing in this tab…');
    expect(continueHere).toHaveAttribute('aria-disabled', 'true');
    expect(continueHere).toHaveFocus();
    expect(window.open).toHaveBeenCalledTimes(1);
  });

  it('used alone, without the widget’s routes, completes the answer at the redirect URI in this tab', async () => {
    const popup = fakePopup();
    const { user, assign } = renderStripePageAlone(popup);
    await user.click(await connectButton());
    const answer = consentAnswer(await pointedAt(popup));

    expect(await answerFromTheWindow(answer)).toBe(true);

    expect(assign).toHaveBeenCalledExactlyOnceWith(`${stripeCallbackUri}${answer}`);
  });

  it('stops listening when the provider unmounts', async () => {
    const popup = fakePopup();
    const { user, unmount } = renderStripePageInWidget(popup);
    await user.click(await connectButton());
    const answer = consentAnswer(await pointedAt(popup));

    unmount();

    expect(await answerFromTheWindow(answer)).toBe(false);
  });
});

describe('popup mode, Reconnect in the table', () => {
  const revoked: DataSource = staleStripeSource;

  it('re-authorizes the same source through the window', async () => {
    const popup = fakePopup();
    const api = apiAnsweringStripeUrls([...productDataSources, revoked]);
    const { user } = renderStripePageInWidget(popup, { api });
    await user.click(screen.getByRole('link', { name: 'Back to Connections' }));
    await user.click(await screen.findByRole('button', { name: 'Reconnect Stripe Payments' }));
    const answer = consentAnswer(await pointedAt(popup));
    expect(
      await screen.findByText('The sign-in page is open in another window. Finish there: this page updates by itself.'),
    ).toBeVisible();

    expect(await answerFromTheWindow(answer)).toBe(true);

    expect(await screen.findByText('Stripe Payments was re-authorized.')).toBeInTheDocument();
    expect(api.snapshot().filter((source) => source.integrationId === 'stripe')).toHaveLength(1);
  });

  it('offers Continue in this tab for the source when the window is blocked', async () => {
    const api = apiAnsweringStripeUrls([...productDataSources, revoked]);
    const { user } = renderStripePageInWidget(null, { api });
    await user.click(screen.getByRole('link', { name: 'Back to Connections' }));
    await user.click(await screen.findByRole('button', { name: 'Reconnect Stripe Payments' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The re-authorization of Stripe Payments could not be started.');
    expect(alert).toHaveTextContent('Your browser blocked the sign-in window.');
    expect(api.startReauthorization).not.toHaveBeenCalled();
    const continueHere = within(alert).getByRole('button', { name: 'Continue in this tab' });
    await user.click(continueHere);

    await waitFor(() =>
      expect(api.startReauthorization).toHaveBeenCalledExactlyOnceWith(
        expect.objectContaining({ dataSourceId: 'ds_stripe_revoked' }),
        expect.anything(),
      ),
    );
    expect(continueHere).toHaveAccessibleName('Continuing in this tab…');
    expect(continueHere).toHaveFocus();
  });
});

describe('the callback page in the window', () => {
  /** The flow was started in the tab that opened this window: its record is there, not here. */
  async function answerStartedInTheOpener(api: MemoryConnectionsApi): Promise<{ state: string; search: string }> {
    const { state, search } = await startAuthorizationFlow(api);
    pendingAuthorization.remove(state);
    return { state, search };
  }

  it('hands the answer to the tab that opened it, asks the backend nothing, says so and closes', async () => {
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    const api = createMemoryConnectionsApi();
    const { state, search } = await answerStartedInTheOpener(api);
    const complete = vi.spyOn(api, 'completeAuthorization');
    const opener = new BroadcastChannel(popupAnswerChannelName(state));
    const offered: unknown[] = [];
    opener.onmessage = (event: MessageEvent<unknown>) => {
      offered.push(event.data);
      opener.postMessage({ type: 'accepted' });
    };
    authorizationPopupMarker.set();
    try {
      const { container } = renderConnectionsWidget({ api, route: `/callback${search}` });

      expect(
        await screen.findByRole('heading', { name: 'Finishing in the window that opened this one…' }),
      ).toBeInTheDocument();
      expect(screen.getByText('This window closes by itself. If it stays open, you can close it.')).toBeVisible();
      expect(offered).toEqual([{ type: 'authorization-answer', search }]);
      await waitFor(() => expect(close).toHaveBeenCalled());
      expect(complete).not.toHaveBeenCalled();
      await expectNoAxeViolations(container);
    } finally {
      opener.close();
    }
  });

  it('refuses the answer as an unknown one when no tab takes it', async () => {
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    const api = createMemoryConnectionsApi();
    const { search } = await answerStartedInTheOpener(api);
    const complete = vi.spyOn(api, 'completeAuthorization');
    authorizationPopupMarker.set();
    renderConnectionsWidget({ api, route: `/callback${search}` });

    expect(await screen.findByRole('alert', {}, { timeout: 4000 })).toHaveTextContent(
      'This authorization answer does not match a connection started in this browser',
    );
    expect(complete).not.toHaveBeenCalled();
    expect(close).not.toHaveBeenCalled();
  });
});

describe('the authorization-mode attribute', () => {
  it.each([
    ['popup', 'popup'],
    ['Popup', 'redirect'],
    ['window', 'redirect'],
    ['', 'redirect'],
    [null, 'redirect'],
  ] as const)('reads %j as %s', (value, mode) => {
    const element = document.createElement('div');
    if (value !== null) element.setAttribute('authorization-mode', value);
    expect(readWidgetAttributes(element).authorizationMode).toBe(mode);
  });
});
