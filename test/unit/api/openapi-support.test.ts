import { createHttpConnectionsApi } from '../../../src/api/createHttpConnectionsApi';
import { productDataSources } from '../../../src/testing/fixtures';
import { assertMatchesSchema, createValidatingFetch } from '../../support/openapi';

const origin = 'https://backend.test';

function json(status: number, body: unknown, contentType = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error as Error,
  );
}

describe('assertMatchesSchema', () => {
  it('accepts a value of the schema, and names what is wrong with one that is not', () => {
    expect(() => assertMatchesSchema('DataSource', productDataSources[0])).not.toThrow();
    expect(() => assertMatchesSchema('DataSource', { ...productDataSources[0], status: 'ok' })).toThrow(
      /Not a valid DataSource:\n {2}\/status must be equal to one of the allowed values/,
    );
  });
});

describe('createValidatingFetch', () => {
  it('passes a documented exchange through untouched', async () => {
    const answer = json(200, { dataSources: productDataSources });
    const fetch = createValidatingFetch(async () => answer);
    const response = await fetch(`${origin}/api/v1/data-sources`);
    expect(response).toBe(answer);
    await expect(response.json()).resolves.toEqual({ dataSources: productDataSources });
    expect(fetch.mismatches).toEqual([]);
  });

  it('resolves an error answer through #/components/responses/Error', async () => {
    const fetch = createValidatingFetch(async () => json(409, { error: { code: 'state_used', message: 'Used.' } }));
    const response = await fetch(`${origin}/api/v1/authorizations/complete`, {
      method: 'POST',
      body: '{"state":"s","code":"c"}',
    });
    expect(response.status).toBe(409);
  });

  it.each([
    [
      'a body of the wrong shape',
      'GET',
      '/api/v1/data-sources',
      undefined,
      json(200, { dataSources: [{ id: 1 }] }),
      'the answer 200 /dataSources/0',
    ],
    [
      'a status the operation does not document',
      'DELETE',
      '/api/v1/data-sources/x',
      undefined,
      json(409, { error: { code: 'c', message: 'm' } }),
      'the answer 409 has a status the operation does not document',
    ],
    [
      'a JSON body served as HTML',
      'GET',
      '/api/v1/integrations',
      undefined,
      json(200, { integrations: [] }, 'text/html'),
      'the answer 200 is text/html, not application/json',
    ],
    [
      'a 200 where the operation answers 204',
      'DELETE',
      '/api/v1/data-sources/x',
      undefined,
      new Response('{}', { status: 200 }),
      'the answer 200 has a status',
    ],
    [
      'a request body the operation refuses',
      'POST',
      '/api/v1/integrations/stripe/authorizations',
      '{"redirectUri":"relative"}',
      json(400, { error: { code: 'invalid_request', message: 'm' } }),
      'the request body /redirectUri must match format "uri"',
    ],
    [
      'a path of no operation',
      'GET',
      '/api/v1/session',
      undefined,
      new Response(null, { status: 204 }),
      'GET /api/v1/session: is no operation of openapi.json',
    ],
  ])('records and throws on %s', async (_, method, path, body, answer, problem) => {
    const fetch = createValidatingFetch(async () => answer);
    const error = await rejection(fetch(`${origin}${path}`, { method, body }));
    expect(error.message).toContain(problem);
    expect(fetch.mismatches.join('\n')).toContain(problem);
  });

  it('makes the HTTP client fail with the mismatch as its cause', async () => {
    const fetch = createValidatingFetch(async () =>
      json(200, { dataSources: [{ ...productDataSources[0], extra: true }] }),
    );
    const api = createHttpConnectionsApi({ baseUrl: `${origin}/api/v1`, fetch });
    const error = await rejection(api.listDataSources());
    expect(error).toMatchObject({ kind: 'network' });
    expect(error.message).toContain('/dataSources/0 must NOT have additional properties');
  });
});
