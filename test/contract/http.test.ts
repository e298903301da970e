import { signedInClient } from '../server/support/backendClient';
import { consentAtStandIn } from '../server/support/consentAtStandIn';
import { startTestServers, testRedirectUri } from '../server/support/testServers';
import { describeConnectionsApiContract } from './connectionsApiContract';
import { describeDataSourcePagingContract } from './dataSourcePagingContract';

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
