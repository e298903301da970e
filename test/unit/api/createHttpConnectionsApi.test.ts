import type { ConnectionsApi } from '../../../src/api/ConnectionsApi';
import { ConnectionsApiError } from '../../../src/api/ConnectionsApiError';
import { createHttpConnectionsApi, type HttpConnectionsApiOptions } from '../../../src/api/createHttpConnectionsApi';
import { catalogIntegrations, productDataSources } from '../../../src/testing/fixtures';

interface Sent {
  url: string;
  init: RequestInit;
}

const baseUrl = 'https://backend.test/api/v1';
const redirectUri = 'https://app.test/admin/connections/callback';
const stripeSource = {
  ...productDataSources[0],
  id: 'ds_stripe',
  name: 'Stripe',
  integrationId: 'stripe',
  connection: 'acct_1',
};
const started = {
  authorizationUrl: 'https://connect.stripe.com/oauth/authorize?state=s',
  state: 'c3RhdGUtd2l0aC1lbm91Z2gtYml0cw',
  expiresAt: '2026-11-26T03:25:00.000Z',
};

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

/** An API whose fetch records each request and answers with `respond`. */
function apiAnswering(
  respond: (sent: Sent) => Response | Promise<Response>,
  options: Partial<HttpConnectionsApiOptions> = {},
) {
  const sent: Sent[] = [];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const request = { url: String(input), init };
    sent.push(request);
    return respond(request);
  };
  return { api: createHttpConnectionsApi({ baseUrl, fetch, ...options }), sent };
}

async function failure(promise: Promise<unknown>): Promise<ConnectionsApiError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ConnectionsApiError);
  return error as ConnectionsApiError;
}

interface MethodCase {
  name: keyof ConnectionsApi;
  call(api: ConnectionsApi, signal?: AbortSignal): Promise<unknown>;
  method: string;
  path: string;
  body: unknown;
  answer: Response;
  result: unknown;
}

const methods: MethodCase[] = [
  {
    name: 'listIntegrations',
    call: (api, signal) => api.listIntegrations({ signal }),
    method: 'GET',
    path: '/integrations',
    body: undefined,
    answer: json(200, { integrations: catalogIntegrations }),
    result: catalogIntegrations,
  },
  {
    name: 'listDataSources',
    call: (api, signal) => api.listDataSources({}, { signal }),
    method: 'GET',
    path: '/data-sources',
    body: undefined,
    // A backend from before paging: the whole list, read as its one page.
    answer: json(200, { dataSources: productDataSources }),
    result: { dataSources: productDataSources, nextCursor: null, total: productDataSources.length },
  },
  {
    name: 'startAuthorization',
    call: (api, signal) => api.startAuthorization({ integrationId: 'stripe', redirectUri }, { signal }),
    method: 'POST',
    path: '/integrations/stripe/authorizations',
    body: { redirectUri },
    answer: json(201, started),
    result: started,
  },
  {
    name: 'startReauthorization',
    call: (api, signal) => api.startReauthorization({ dataSourceId: 'ds_stripe', redirectUri }, { signal }),
    method: 'POST',
    path: '/data-sources/ds_stripe/reauthorizations',
    body: { redirectUri },
    answer: json(201, started),
    result: started,
  },
  {
    name: 'completeAuthorization',
    call: (api, signal) => api.completeAuthorization({ state: started.state, code: 'ac_123' }, { signal }),
    method: 'POST',
    path: '/authorizations/complete',
    body: { state: started.state, code: 'ac_123' },
    answer: json(200, { dataSource: stripeSource }),
    result: stripeSource,
  },
  {
    name: 'deleteDataSource',
    call: (api, signal) => api.deleteDataSource({ dataSourceId: 'ds_stripe' }, { signal }),
    method: 'DELETE',
    path: '/data-sources/ds_stripe',
    body: undefined,
    answer: new Response(null, { status: 204 }),
    result: undefined,
  },
];

describe.each(methods)('$name', ({ call, method, path, body, answer, result }) => {
  it('sends the documented request and resolves with the decoded answer', async () => {
    const { api, sent } = apiAnswering(() => answer.clone());
    await expect(call(api)).resolves.toEqual(result);
    expect(sent).toHaveLength(1);
    const [{ url, init }] = sent as [Sent];
    expect(url).toBe(`${baseUrl}${path}`);
    expect(init.method).toBe(method);
    expect(init.credentials).toBe('same-origin');
    const headers = new Headers(init.headers);
    expect(headers.get('accept')).toBe('application/json');
    expect(headers.get('content-type')).toBe(body === undefined ? null : 'application/json');
    expect(init.body === undefined ? undefined : JSON.parse(String(init.body))).toEqual(body);
  });

  it('rejects with the kind, status and code of an error answer', async () => {
    const { api } = apiAnswering(() => json(409, { error: { code: 'state_used', message: 'Already completed.' } }));
    const error = await failure(call(api));
    expect(error).toMatchObject({ kind: 'conflict', status: 409, code: 'state_used' });
    expect(error.message).toBe(`${method} ${path} answered 409 state_used: Already completed.`);
  });

  it('rejects with kind network when fetch rejects', async () => {
    const cause = new TypeError('Failed to fetch');
    const { api } = apiAnswering(() => Promise.reject(cause));
    expect(await failure(call(api))).toMatchObject({ kind: 'network', status: undefined, code: undefined, cause });
  });

  it('rejects with kind aborted, without sending, when the signal is already aborted', async () => {
    const { api, sent } = apiAnswering(() => answer.clone());
    expect(await failure(call(api, AbortSignal.abort()))).toMatchObject({ kind: 'aborted' });
    expect(sent).toEqual([]);
  });

  it('rejects with kind aborted when the signal aborts in flight, and aborts the fetch', async () => {
    const controller = new AbortController();
    const { api, sent } = apiAnswering(() => new Promise<Response>(() => {}));
    const pending = failure(call(api, controller.signal));
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    controller.abort();
    expect(await pending).toMatchObject({ kind: 'aborted' });
    expect(sent[0]?.init.signal?.aborted).toBe(true);
  });
});

describe('HTTP status → kind', () => {
  it.each([
    [400, 'bad_request'],
    [422, 'bad_request'],
    [413, 'bad_request'],
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'not_found'],
    [409, 'conflict'],
    [429, 'rate_limited'],
    [500, 'server'],
    [502, 'server'],
    [503, 'server'],
    [304, 'invalid_response'],
  ] as const)('%i → %s', async (status, kind) => {
    const { api } = apiAnswering(() => new Response(null, { status }));
    expect(await failure(api.listDataSources())).toMatchObject({ kind, status, code: undefined });
  });

  it.each([
    ['an HTML error page', '<!doctype html><title>502 Bad Gateway</title>', 'text/html'],
    ['a truncated JSON body', '{"error":{"code":"provi', 'application/json'],
    ['an error body of another shape', '{"error":"provider_error"}', 'application/json'],
    ['a code that is not a string', '{"error":{"code":502,"message":"down"}}', 'application/json'],
  ])('keeps the kind and leaves the code out for %s', async (_, text, contentType) => {
    const { api } = apiAnswering(() => new Response(text, { status: 502, headers: { 'Content-Type': contentType } }));
    expect(await failure(api.listDataSources())).toMatchObject({ kind: 'server', status: 502, code: undefined });
  });
});

describe('answers that do not match the contract', () => {
  it.each([
    [
      'a body that is not JSON',
      new Response('<!doctype html><div id="root"></div>', { status: 200 }),
      'with a body that is not JSON',
    ],
    ['an empty body', new Response('', { status: 200 }), 'with a body that is not JSON'],
    ['JSON null', json(200, null), 'the body is not an object'],
    ['a bare array', json(200, productDataSources), 'the body is not an object'],
    [
      'a status outside the enum',
      json(200, { dataSources: [...productDataSources, { ...stripeSource, status: 'connected' }] }),
      'dataSources[3].status is not one of success, syncing, needs_reauthorization, error',
    ],
    [
      'a missing field',
      json(200, { dataSources: [{ ...stripeSource, name: undefined }] }),
      'dataSources[0].name is missing',
    ],
    [
      'a negative duration',
      json(200, { dataSources: [{ ...stripeSource, lastConnectionDurationSeconds: -3 }] }),
      'is negative',
    ],
    ['a negative total', json(200, { dataSources: [], nextCursor: null, total: -1 }), 'total is not a count'],
    [
      'an empty next cursor',
      json(200, { dataSources: [stripeSource], nextCursor: '', total: 2 }),
      'nextCursor is shorter than 1 characters',
    ],
    [
      'an unknown status reason',
      json(200, { dataSources: [{ ...stripeSource, statusReason: 'expired' }] }),
      'dataSources[0].statusReason is not one of access_revoked, refresh_refused, sync_failed',
    ],
    [
      'an own __proto__ field',
      new Response(`{"dataSources":[],"__proto__":{"isAdmin":true}}`),
      '__proto__ is not a documented field',
    ],
  ])('rejects %s with kind invalid_response', async (_, response, problem) => {
    const { api } = apiAnswering(() => response);
    const error = await failure(api.listDataSources());
    expect(error).toMatchObject({ kind: 'invalid_response', status: 200 });
    expect(error.message).toContain(problem);
  });

  it.each([
    ['a relative authorization URL', { ...started, authorizationUrl: '/oauth/authorize' }],
    ['a short state', { ...started, state: 'guessable' }],
    ['an expiry that is no date', { ...started, expiresAt: 'in ten minutes' }],
  ])('rejects an authorization start with %s', async (_, body) => {
    const { api } = apiAnswering(() => json(201, body));
    expect(await failure(api.startAuthorization({ integrationId: 'stripe', redirectUri }))).toMatchObject({
      kind: 'invalid_response',
    });
  });

  it('rejects a completion that answers no data source', async () => {
    const { api } = apiAnswering(() => json(200, { dataSource: null }));
    const error = await failure(api.completeAuthorization({ state: started.state, code: 'ac_1' }));
    expect(error).toMatchObject({ kind: 'invalid_response' });
    expect(error.message).toContain('dataSource is not an object');
  });

  it('passes hostile text through unchanged, for the components to render as text', async () => {
    const hostile = { ...stripeSource, name: '<img src=x onerror=alert(1)>\u202E', connection: '"; DROP TABLE' };
    const { api } = apiAnswering(() => json(200, { dataSources: [hostile] }));
    await expect(api.listDataSources()).resolves.toEqual({ dataSources: [hostile], nextCursor: null, total: 1 });
  });
});

describe('answer size', () => {
  /** A body that never ends, in chunks of 1 kB, counting the chunks read and whether it was cancelled. */
  function endlessBody(prefix = '') {
    const stream = { pulled: 0, cancelled: false };
    const chunk = new TextEncoder().encode(' '.repeat(1024));
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(prefix));
      },
      pull(controller) {
        stream.pulled += 1;
        controller.enqueue(chunk);
      },
      cancel() {
        stream.cancelled = true;
      },
    });
    return { body, stream };
  }

  it('stops reading a body larger than maxAnswerBytes, and rejects with kind invalid_response', async () => {
    const { body, stream } = endlessBody('{"dataSources":[]}');
    const { api } = apiAnswering(() => new Response(body, { status: 200 }), { maxAnswerBytes: 10_000 });
    const error = await failure(api.listDataSources());
    expect(error).toMatchObject({ kind: 'invalid_response', status: 200 });
    expect(error.message).toBe('GET /data-sources answered 200 with a body larger than 10000 bytes.');
    expect(stream.pulled).toBeLessThanOrEqual(12);
    expect(stream.cancelled).toBe(true);
  });

  it('refuses a declared Content-Length above the bound without reading the body', async () => {
    const { body, stream } = endlessBody();
    const headers = { 'Content-Length': '20000' };
    const { api } = apiAnswering(() => new Response(body, { status: 200, headers }), { maxAnswerBytes: 10_000 });
    expect(await failure(api.listDataSources())).toMatchObject({ kind: 'invalid_response', status: 200 });
    expect(stream.cancelled).toBe(true);
  });

  it('keeps the kind of an error status whose body is too large, without its code', async () => {
    const { body } = endlessBody('{"error":{"code":"internal","message":"');
    const { api } = apiAnswering(() => new Response(body, { status: 502 }), { maxAnswerBytes: 10_000 });
    expect(await failure(api.listDataSources())).toMatchObject({ kind: 'server', status: 502, code: undefined });
  });

  it('reads up to 4 MiB by default, multi-byte characters split across chunks included', async () => {
    const limit = 4 * 1024 * 1024;
    const answer = JSON.stringify({ dataSources: [{ ...stripeSource, name: 'Stripé ✓' }] });
    const padded = (size: number) => answer + ' '.repeat(size - new TextEncoder().encode(answer).byteLength);
    const inChunksOf3 = (text: string) => {
      const bytes = new TextEncoder().encode(text);
      return new ReadableStream<Uint8Array>({
        start(controller) {
          // Small chunks at the start cut the multi-byte characters of the name in two.
          for (let at = 0; at < 300; at += 3) controller.enqueue(bytes.subarray(at, at + 3));
          controller.enqueue(bytes.subarray(300));
          controller.close();
        },
      });
    };
    const fits = apiAnswering(() => new Response(inChunksOf3(padded(limit)), { status: 200 }));
    await expect(fits.api.listDataSources()).resolves.toEqual({
      dataSources: [{ ...stripeSource, name: 'Stripé ✓' }],
      nextCursor: null,
      total: 1,
    });
    const tooLarge = apiAnswering(() => new Response(inChunksOf3(padded(limit + 1)), { status: 200 }));
    expect(await failure(tooLarge.api.listDataSources())).toMatchObject({ kind: 'invalid_response' });
  });
});

describe('listDataSources query', () => {
  it('sends no query string for no query or an empty one', async () => {
    const { api, sent } = apiAnswering(() => json(200, { dataSources: [] }));
    await api.listDataSources();
    await api.listDataSources({});
    await api.listDataSources({ q: undefined, status: [] });
    expect(sent.map(({ url }) => url)).toEqual(Array(3).fill(`${baseUrl}/data-sources`));
  });

  it('sends each field of the query, status once per status, encoded', async () => {
    const { api, sent } = apiAnswering(() => json(200, { dataSources: [] }));
    await api.listDataSources({
      limit: 50,
      cursor: 'eyJhIjoxfQ==',
      sort: 'lastConnectionStarted',
      order: 'desc',
      q: 'café & co',
      status: ['needs_reauthorization', 'error'],
    });
    const url = new URL(sent[0]?.url ?? '');
    expect(`${url.origin}${url.pathname}`).toBe(`${baseUrl}/data-sources`);
    expect([...url.searchParams]).toEqual([
      ['limit', '50'],
      ['cursor', 'eyJhIjoxfQ=='],
      ['sort', 'lastConnectionStarted'],
      ['order', 'desc'],
      ['q', 'café & co'],
      ['status', 'needs_reauthorization'],
      ['status', 'error'],
    ]);
    expect(sent[0]?.url).toContain('q=caf%C3%A9+%26+co');
  });

  it('resolves with the page the backend answered, its cursor and total included', async () => {
    const page = {
      dataSources: [{ ...stripeSource, status: 'needs_reauthorization', statusReason: 'access_revoked' }],
      nextCursor: 'eyJhIjoxfQ==',
      total: 120,
    };
    const { api } = apiAnswering(() => json(200, page));
    await expect(api.listDataSources({ limit: 1 })).resolves.toEqual(page);
  });

  it('puts the query in the path of an error message', async () => {
    const { api } = apiAnswering(() => json(400, { error: { code: 'invalid_cursor', message: 'Unknown cursor.' } }));
    const error = await failure(api.listDataSources({ cursor: 'x' }));
    expect(error).toMatchObject({ kind: 'bad_request', status: 400, code: 'invalid_cursor' });
    expect(error.message).toContain('GET /data-sources');
  });
});

describe('requests', () => {
  it('sends only the documented fields of a denied completion', async () => {
    const { api, sent } = apiAnswering(() => json(400, { error: { code: 'access_denied', message: 'Denied.' } }));
    const completion = {
      state: started.state,
      error: 'access_denied',
      errorDescription: 'The user denied your request',
      extra: 'x',
    };
    expect(await failure(api.completeAuthorization(completion))).toMatchObject({
      kind: 'bad_request',
      code: 'access_denied',
    });
    expect(JSON.parse(String(sent[0]?.init.body))).toEqual({
      state: started.state,
      error: 'access_denied',
      errorDescription: 'The user denied your request',
    });
  });

  it('encodes path parameters', async () => {
    const { api, sent } = apiAnswering(() => new Response(null, { status: 204 }));
    await api.deleteDataSource({ dataSourceId: 'a/b?c#d %' });
    expect(sent[0]?.url).toBe(`${baseUrl}/data-sources/a%2Fb%3Fc%23d%20%25`);
  });

  it.each(['', '.', '..'])(
    'refuses the id %j, which the URL would resolve to another endpoint, without sending',
    async (id) => {
      const { api, sent } = apiAnswering(() => new Response(null, { status: 204 }));
      expect(await failure(api.deleteDataSource({ dataSourceId: id }))).toMatchObject({
        kind: 'bad_request',
        code: 'invalid_request',
      });
      expect(await failure(api.startAuthorization({ integrationId: id, redirectUri }))).toMatchObject({
        kind: 'bad_request',
      });
      expect(sent).toEqual([]);
    },
  );

  it('joins a base URL with a trailing slash, or a relative one, to the path', async () => {
    for (const [base, expected] of [
      ['https://backend.test/api/v1/', `${baseUrl}/data-sources`],
      ['/api/v1', '/api/v1/data-sources'],
    ]) {
      const { api, sent } = apiAnswering(() => json(200, { dataSources: [] }), { baseUrl: base });
      await api.listDataSources();
      expect(sent[0]?.url).toBe(expected);
    }
  });

  it('sends the host’s headers and credentials, calling a headers function for each request', async () => {
    let token = 0;
    const { api, sent } = apiAnswering(() => json(200, { dataSources: [] }), {
      headers: () => ({ 'X-CSRF-Token': `token-${++token}` }),
      credentials: 'include',
    });
    await api.listDataSources();
    await api.listDataSources();
    expect(sent.map(({ init }) => new Headers(init.headers).get('x-csrf-token'))).toEqual(['token-1', 'token-2']);
    expect(sent.map(({ init }) => init.credentials)).toEqual(['include', 'include']);

    const fixed = apiAnswering(() => json(200, { dataSources: [] }), { headers: [['Authorization', 'Bearer t']] });
    await fixed.api.listDataSources();
    expect(new Headers(fixed.sent[0]?.init.headers).get('authorization')).toBe('Bearer t');
  });

  it('uses the global fetch when none is given', async () => {
    const globalFetch = vi.fn(async () => json(200, { dataSources: [] }));
    vi.stubGlobal('fetch', globalFetch);
    try {
      await createHttpConnectionsApi({ baseUrl }).listDataSources();
      expect(globalFetch).toHaveBeenCalledWith(`${baseUrl}/data-sources`, expect.objectContaining({ method: 'GET' }));
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('timeout', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('rejects with kind timeout after 15 seconds without an answer, and aborts the fetch', async () => {
    const { api, sent } = apiAnswering(() => new Promise<Response>(() => {}));
    const pending = failure(api.listDataSources());
    await vi.advanceTimersByTimeAsync(14999);
    expect(sent[0]?.init.signal?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await pending).toMatchObject({ kind: 'timeout' });
    expect(sent[0]?.init.signal?.aborted).toBe(true);
  });

  it('counts reading the answer, and honours timeoutMs', async () => {
    const stalled = () => new Response(new ReadableStream({ start() {} }), { status: 200 });
    const { api } = apiAnswering(stalled, { timeoutMs: 50 });
    const pending = failure(api.listDataSources());
    await vi.advanceTimersByTimeAsync(50);
    const error = await pending;
    expect(error).toMatchObject({ kind: 'timeout' });
    expect(error.message).toBe('GET /data-sources got no answer within 50 ms.');
  });

  it('leaves no timer behind once answered', async () => {
    const { api } = apiAnswering(() => json(200, { dataSources: [] }));
    await api.listDataSources();
    expect(vi.getTimerCount()).toBe(0);
  });
});
