import { signedInClient } from '../server/support/backendClient';
import { consentAtStandIn } from '../server/support/consentAtStandIn';
import { startTestServers, testRedirectUri } from '../server/support/testServers';
import { describeConnectionsApiContract } from './connectionsApiContract';
import { describeDataSourcePagingContract } from './dataSourcePagingContract';
import { productDataSources } from '../../src/testing/fixtures';
import { startPackagedServer } from '../server/support/startPackagedServer';

describeConnectionsApiContract('reference backend over HTTP, with the Stripe stand-in', async (seedDataSources) => {
  const servers = await startTestServers(seedDataSources && { seedDataSources: [...seedDataSources] });
  // Each through createHttpConnectionsApi over a cookie jar, every exchange checked against openapi.json.
  const admin = await signedInClient(servers.backendUrl, 'admin');
  const standard = await signedInClient(servers.backendUrl, 'standard');
  return {
    api: admin.api,
    nonAdminApi: standard.api,
    redirectUri: testRedirectUri,
    consent: (start, decision) => consentAtStandIn(start.authorizationUrl, decision),
    expire: () => servers.clock.advance(10 * 60 * 1000 + 1000),
    close: () => servers.close(),
  };
});

describeDataSourcePagingContract('reference backend over HTTP', async (seedDataSources) => {
  const servers = await startTestServers({ seedDataSources: [...seedDataSources] });
  const admin = await signedInClient(servers.backendUrl, 'admin');
  return { api: admin.api, close: () => servers.close() };
});

/** A host's admin and standard user of one account, through the packaged server's own handler. */
const hostAccount = 'acct_contract';

describeConnectionsApiContract(
  'the packaged server mounted by a host, with its own sign-in',
  async (seedDataSources) => {
    const packaged = await startPackagedServer();
    await packaged.seed(hostAccount, seedDataSources ?? productDataSources);
    const baseUrl = `${await packaged.serveOnNode()}/api/v1`;
    return {
      api: packaged.apiAs({ accountId: hostAccount, userId: 'user_admin', role: 'admin' }, baseUrl),
      nonAdminApi: packaged.apiAs({ accountId: hostAccount, userId: 'user_standard', role: 'standard' }, baseUrl),
      redirectUri: testRedirectUri,
      consent: (start, decision) => consentAtStandIn(start.authorizationUrl, decision),
      expire: () => packaged.standIn.clock.advance(10 * 60 * 1000 + 1000),
      close: () => packaged.close(),
    };
  },
);

describeDataSourcePagingContract('the packaged server mounted by a host', async (seedDataSources) => {
  const packaged = await startPackagedServer();
  await packaged.seed(hostAccount, seedDataSources);
  const baseUrl = `${await packaged.serveOnNode()}/api/v1`;
  return {
    api: packaged.apiAs({ accountId: hostAccount, userId: 'user_admin', role: 'admin' }, baseUrl),
    close: () => packaged.close(),
  };
});
