import type { ConnectionsApi } from './ConnectionsApi';
import { decodeAnswer } from './decodeAnswer';
import {
  decodeAuthorizationResult,
  decodeAuthorizationStart,
  decodeDataSourceList,
  decodeIntegrationList,
} from './decoders';

const checkedApis = new WeakMap<ConnectionsApi, ConnectionsApi>();

/**
 * `api`, with every answer held to the contract by the HTTP client's own decoders, whoever
 * implemented it: a host's client, the in-memory API with the host's fixtures. A malformed
 * answer (a date that is no date, a list that is no list) then rejects with an
 * `invalid_response` error, which the page shows as an alert, instead of crashing a render.
 * One wrapper per API object, so that the callback's once-only completion, keyed by API, sees
 * the same object from every provider.
 */
export function withCheckedAnswers(api: ConnectionsApi): ConnectionsApi {
  let checked = checkedApis.get(api);
  if (!checked) {
    checked = {
      // Arguments passed on exactly as given: the implementation sees the call the widget made.
      async listIntegrations(...args) {
        const integrations = await api.listIntegrations(...args);
        return decodeAnswer(decodeIntegrationList, { integrations }, 'listIntegrations answered').integrations;
      },
      async listDataSources(...args) {
        return decodeAnswer(decodeDataSourceList, await api.listDataSources(...args), 'listDataSources answered');
      },
      async startAuthorization(...args) {
        return decodeAnswer(
          decodeAuthorizationStart,
          await api.startAuthorization(...args),
          'startAuthorization answered',
        );
      },
      async startReauthorization(...args) {
        return decodeAnswer(
          decodeAuthorizationStart,
          await api.startReauthorization(...args),
          'startReauthorization answered',
        );
      },
      async completeAuthorization(...args) {
        const dataSource = await api.completeAuthorization(...args);
        return decodeAnswer(decodeAuthorizationResult, { dataSource }, 'completeAuthorization answered').dataSource;
      },
      async deleteDataSource(...args) {
        await api.deleteDataSource(...args);
      },
    };
    checkedApis.set(api, checked);
  }
  return checked;
}
