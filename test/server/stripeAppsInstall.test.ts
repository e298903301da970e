import type { DataSource } from '../../src/api/types';
import { installAtStandIn } from './support/installAtStandIn';
import { listAllDataSources } from './support/listAllDataSources';
import { readForms } from './support/readForms';
import { setUpServersWithAdmin, testRedirectUri } from './support/testServers';

const env = setUpServersWithAdmin({ stripeMode: 'apps' });

async function start() {
  return env.admin.api.startAuthorization({ integrationId: 'stripe', redirectUri: testRedirectUri });
}

describe('apps mode: the install link', () => {
  it("sends the browser to the stand-in's install link with client_id, redirect_uri and state, and nothing else", async () => {
    const { authorizationUrl, state } = await start();
    const url = new URL(authorizationUrl);
    expect(`${url.origin}${url.pathname}`).toBe(`${env.servers.standInUrl}/oauth/v2/authorize`);
    expect([...url.searchParams]).toEqual([
      ['client_id', 'ca_StandInDemoPlatform'],
      ['redirect_uri', testRedirectUri],
      ['state', state],
    ]);
  });

  it("shows the accounts to choose from, the app's permissions, Install and Cancel", async () => {
    const html = await (await fetch((await start()).authorizationUrl)).text();
    const buttons = readForms(html).map(({ button }) => button);
    expect(buttons).toEqual(['Install', 'Cancel']);
    expect(html.match(/type="radio" id="account-\d" name="account"/g)).toHaveLength(2);
    for (const permission of ['customer_read', 'charge_read', 'invoice_read', 'subscription_read', 'event_read']) {
      expect(html).toContain(`<li>${permission}</li>`);
    }
  });

  it('installs on the chosen account, exchanges the code at /v1/oauth/token and creates a syncing source', async () => {
    const html = await (await fetch((await start()).authorizationUrl)).text();
    const second = [...html.matchAll(/name="account" value="(acct_[0-9a-f]+)"/g)][1]?.[1] ?? '';
    const begun = await start();
    const { code = '', state } = await installAtStandIn(begun.authorizationUrl, 'install', second);
    expect(code).toMatch(/^ac_/);
    expect(state).toBe(begun.state);
    const source = await env.admin.api.completeAuthorization({ state, code });
    expect(source).toMatchObject({
      integrationId: 'stripe',
      connection: second,
      status: 'syncing',
    } satisfies Partial<DataSource>);
    expect(await listAllDataSources(env.admin.api)).toContainEqual(source);
  });

  it('answers a Cancel with access_denied and creates nothing', async () => {
    const before = await listAllDataSources(env.admin.api);
    const { state, error = '' } = await installAtStandIn((await start()).authorizationUrl, 'cancel');
    expect(error).toBe('access_denied');
    const answer = await env.admin.request('POST', '/authorizations/complete', { json: { state, error } });
    expect(answer.body).toMatchObject({ error: { code: 'access_denied' } });
    expect(await listAllDataSources(env.admin.api)).toEqual(before);
  });

  it('refuses an install request for an account the page did not offer', async () => {
    const page = await fetch((await start()).authorizationUrl);
    const [install] = readForms(await page.text());
    const response = await fetch(new URL('/oauth/v2/install', env.servers.standInUrl), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ request: install?.fields.get('request') ?? '', account: 'acct_someone_else' }),
      redirect: 'manual',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
  });
});
