import type { ConnectionsApi } from '../../../src/api/ConnectionsApi';
import { ConnectionsApiError } from '../../../src/api/ConnectionsApiError';
import { withCheckedAnswers } from '../../../src/api/withCheckedAnswers';
import { createMemoryConnectionsApi } from '../../../src/testing/createMemoryConnectionsApi';
import { catalogIntegrations, productDataSources } from '../../../src/testing/fixtures';

const redirectUri = 'https://app.example.com/callback';
const started = {
  authorizationUrl: 'https://connect.stripe.com/oauth/authorize',
  state: 'st_0123456789abcdefghijkl',
  expiresAt: '2026-11-26T05:10:00Z',
};

/** A host’s own API whose every method answers `value`. */
function answering(value: unknown): ConnectionsApi {
  const answer = async () => value as never;
  return {
    listIntegrations: answer,
    listDataSources: answer,
    startAuthorization: answer,
    startReauthorization: answer,
    completeAuthorization: answer,
    deleteDataSource: answer,
  };
}

async function failure(promise: Promise<unknown>): Promise<ConnectionsApiError> {
  try {
    await promise;
  } catch (error) {
    return error as ConnectionsApiError;
  }
  throw new Error('It did not fail.');
}

describe('withCheckedAnswers', () => {
  it('passes well-formed answers through, and the calls exactly as made', async () => {
    const memory = createMemoryConnectionsApi();
    const api = withCheckedAnswers(memory);
    const list = vi.spyOn(memory, 'listDataSources');
    const signal = new AbortController().signal;

    expect(await api.listIntegrations()).toEqual(catalogIntegrations);
    // "a" is in every source's name or connection; by name, Google ECommerce and MySQL come first.
    const query = { limit: 2, q: 'a' };
    expect(await api.listDataSources(query, { signal })).toEqual({
      dataSources: [productDataSources[2], productDataSources[0]],
      nextCursor: expect.any(String),
      total: 3,
    });
    expect(list).toHaveBeenCalledExactlyOnceWith(query, { signal });
    list.mockClear();
    expect(await api.listDataSources()).toEqual({
      dataSources: [productDataSources[2], productDataSources[0], productDataSources[1]],
      nextCursor: null,
      total: 3,
    });
    expect(list).toHaveBeenCalledExactlyOnceWith();
    const start = await api.startAuthorization({ integrationId: 'stripe', redirectUri });
    expect(start.authorizationUrl).toContain(redirectUri);
    const code = new URL(start.authorizationUrl).searchParams.get('code') ?? '';
    expect(await api.completeAuthorization({ state: start.state, code })).toMatchObject({ integrationId: 'stripe' });
    expect(await api.deleteDataSource({ dataSourceId: productDataSources[0].id })).toBeUndefined();
  });

  it.each([
    [
      'listDataSources',
      (api: ConnectionsApi) => api.listDataSources(),
      {
        dataSources: [{ ...productDataSources[0], lastConnectionStartedAt: 'not a date' }],
        nextCursor: null,
        total: 1,
      },
      'dataSources[0].lastConnectionStartedAt',
    ],
    [
      'listDataSources',
      (api: ConnectionsApi) => api.listDataSources({ limit: 1 }),
      // The answer of the contract before paging: a bare array, not a page.
      productDataSources,
      'the body is not an object',
    ],
    [
      'listDataSources',
      (api: ConnectionsApi) => api.listDataSources({ limit: 1 }),
      { dataSources: productDataSources.slice(0, 1), nextCursor: 'next', total: -1 },
      'total is not a count',
    ],
    [
      'listDataSources',
      (api: ConnectionsApi) => api.listDataSources({ limit: 1 }),
      { dataSources: productDataSources.slice(0, 1), nextCursor: '', total: 3 },
      'nextCursor is shorter',
    ],
    [
      'listDataSources',
      (api: ConnectionsApi) => api.listDataSources(),
      { dataSources: [{ ...productDataSources[0], statusReason: 'banned' }], nextCursor: null, total: 1 },
      'dataSources[0].statusReason is not one of',
    ],
    [
      'listIntegrations',
      (api: ConnectionsApi) => api.listIntegrations(),
      [{ ...catalogIntegrations[0], enabled: 'yes' }],
      'enabled is not a boolean',
    ],
    [
      'startAuthorization',
      (api: ConnectionsApi) => api.startAuthorization({ integrationId: 'stripe', redirectUri }),
      { ...started, state: 's' },
      'state is shorter',
    ],
    [
      'startReauthorization',
      (api: ConnectionsApi) => api.startReauthorization({ dataSourceId: 'ds_1', redirectUri }),
      { ...started, authorizationUrl: 'javascript alert' },
      'authorizationUrl',
    ],
    [
      'completeAuthorization',
      (api: ConnectionsApi) => api.completeAuthorization({ state: 's', code: 'c' }),
      { dataSource: productDataSources[0] },
      'dataSource.dataSource is not a documented field',
    ],
  ])('rejects a malformed answer of %s with kind invalid_response', async (method, call, answer, problem) => {
    const error = await failure(call(withCheckedAnswers(answering(answer))));

    expect(error).toBeInstanceOf(ConnectionsApiError);
    expect(error.kind).toBe('invalid_response');
    expect(error.message).toContain(`${method} answered, but`);
    expect(error.message).toContain(problem);
  });

  it('leaves the implementation’s own failures as they are', async () => {
    const refused = new ConnectionsApiError('conflict', 'used', { status: 409, code: 'state_used' });
    const broken = new TypeError('The host’s client broke.');
    const api = withCheckedAnswers({
      ...createMemoryConnectionsApi(),
      completeAuthorization: () => Promise.reject(refused),
      listDataSources: () => {
        throw broken;
      },
    });

    expect(await failure(api.completeAuthorization({ state: 's', code: 'c' }))).toBe(refused);
    expect(await failure(api.listDataSources())).toBe(broken);
  });

  it('wraps each API once, so every provider of a page shares one', () => {
    const memory = createMemoryConnectionsApi();
    expect(withCheckedAnswers(memory)).toBe(withCheckedAnswers(memory));
    expect(withCheckedAnswers(memory)).not.toBe(withCheckedAnswers(createMemoryConnectionsApi()));
  });
});
