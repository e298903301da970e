import { signedInClient, type BackendClient } from './support/backendClient';
import { connectStripeApp } from './support/connectStripeApp';
import { listedSource } from './support/listAllDataSources';
import {
  startScriptedStripe,
  type ScriptedAnswer,
  type ScriptedStripe,
  type StripeRequest,
} from './support/scriptedStripe';
import { startBackend, type TestBackend } from './support/startBackend';
import { createTestClock, type TestClock } from './support/testClock';
import { setUpServersWithAdmin, testRedirectUri } from './support/testServers';

const minutes = (count: number) => count * 60 * 1000;

describe('with a scripted Stripe that counts the refreshes', () => {
  let stripe: ScriptedStripe;
  let backend: TestBackend;
  let clock: TestClock;
  let admin: BackendClient;
  /** How Stripe answers a refresh; by default new tokens, numbered. */
  let answerRefresh: (request: StripeRequest) => ScriptedAnswer;
  let issued = 0;

  const tokens = (): ScriptedAnswer => {
    issued += 1;
    return {
      status: 200,
      body: JSON.stringify({
        access_token: `sk_test_app_${issued}`,
        refresh_token: `rt_test_${issued}`,
        token_type: 'bearer',
        stripe_publishable_key: 'pk_test_scripted',
        stripe_user_id: 'acct_app',
        scope: 'stripe_apps',
        livemode: false,
      }),
    };
  };
  /** The refresh tokens the backend sent, in order. */
  const refreshesSent = () =>
    stripe.requests
      .filter(({ form }) => form.get('grant_type') === 'refresh_token')
      .map(({ form }) => form.get('refresh_token'));

  beforeEach(async () => {
    issued = 0;
    answerRefresh = tokens;
    stripe = await startScriptedStripe((request) =>
      request.form.get('grant_type') === 'refresh_token' ? answerRefresh(request) : tokens(),
    );
    clock = createTestClock();
    backend = await startBackend(stripe.url, [], { mode: 'apps', now: clock.now });
    admin = await signedInClient(backend.url);
  });

  afterEach(async () => {
    await Promise.all([backend.close(), stripe.close()]);
  });

  const connectScripted = () =>
    connectStripeApp(admin, async (url) => ({ state: new URL(url).searchParams.get('state') ?? '', code: 'ac_code' }));

  it('refreshes an access token five minutes before its hour is over, not sooner, and sends the latest refresh token each time', async () => {
    await connectScripted();
    clock.advance(minutes(54));
    await backend.refreshDueTokens();
    expect(refreshesSent()).toEqual([]);

    clock.advance(minutes(2));
    await backend.refreshDueTokens();
    expect(refreshesSent()).toEqual(['rt_test_1']);

    // The refreshed token lives an hour from its refresh: nothing is due until then.
    clock.advance(minutes(50));
    await backend.refreshDueTokens();
    expect(refreshesSent()).toEqual(['rt_test_1']);
    clock.advance(minutes(6));
    await backend.refreshDueTokens();
    expect(refreshesSent()).toEqual(['rt_test_1', 'rt_test_2']);
  });

  it('sends a rotating refresh token once when two refreshes start at the same moment', async () => {
    const source = await connectScripted();
    clock.advance(minutes(58));
    await Promise.all([backend.refreshDueTokens(), backend.refreshDueTokens(), backend.refreshDueTokens()]);
    expect(refreshesSent()).toEqual(['rt_test_1']);
    expect(await listedSource(admin.api, source.id)).toEqual(source);
  });

  it('marks the source needs_reauthorization for refresh_refused when Stripe refuses the refresh, and stops refreshing it', async () => {
    const source = await connectScripted();
    answerRefresh = () => ({
      status: 400,
      body: JSON.stringify({ error: 'invalid_grant', error_description: 'Token has been expired or revoked.' }),
    });
    clock.advance(minutes(58));
    await backend.refreshDueTokens();
    expect(await listedSource(admin.api, source.id)).toEqual({
      ...source,
      status: 'needs_reauthorization',
      statusReason: 'refresh_refused',
    });
    expect(backend.logged.join('\n')).toContain('Token has been expired or revoked.');

    clock.advance(minutes(60));
    await backend.refreshDueTokens();
    expect(refreshesSent()).toHaveLength(1);
  });

  it('keeps the source and its refresh token when Stripe cannot be asked, and tries again at the next sweep', async () => {
    const source = await connectScripted();
    answerRefresh = () => ({ status: 503, body: 'Service Unavailable' });
    clock.advance(minutes(58));
    await backend.refreshDueTokens();
    expect(await listedSource(admin.api, source.id)).toEqual(source);
    answerRefresh = tokens;
    await backend.refreshDueTokens();
    expect(refreshesSent()).toEqual(['rt_test_1', 'rt_test_1']);
  });

  it('clears refresh_refused when the source is re-authorized', async () => {
    const source = await connectScripted();
    answerRefresh = () => ({ status: 400, body: JSON.stringify({ error: 'invalid_grant' }) });
    clock.advance(minutes(58));
    await backend.refreshDueTokens();
    const { state } = await admin.api.startReauthorization({ dataSourceId: source.id, redirectUri: testRedirectUri });
    const reconnected = await admin.api.completeAuthorization({ state, code: 'ac_again' });
    expect(reconnected).toEqual({ ...source, lastConnectionStartedAt: clock.now().toISOString() });
    expect(reconnected).not.toHaveProperty('statusReason');
  });
});

describe('through the stand-in, which refuses a refresh token used twice', () => {
  const env = setUpServersWithAdmin({ stripeMode: 'apps' });

  it('keeps a source connected through many hours of concurrent refreshes', async () => {
    const source = await connectStripeApp(env.admin);
    for (let hour = 0; hour < 3; hour += 1) {
      env.servers.clock.advance(minutes(56));
      await Promise.all([env.servers.refreshDueTokens(), env.servers.refreshDueTokens()]);
    }
    expect(await listedSource(env.admin.api, source.id)).toEqual(source);
  });
});
