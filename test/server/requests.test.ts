import { errorMessages } from '../../server/operations/ApiError';
import type { BackendClient } from './support/backendClient';
import { testRedirectUri, setUpServersWithAdmin } from './support/testServers';

const env = setUpServersWithAdmin();

function expectError(answer: { status: number; body: unknown; headers: Headers }, status: number, code: string) {
  expect(answer.status).toBe(status);
  expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
  expect(answer.body).toEqual({ error: { code, message: expect.any(String) } });
}

describe('routes', () => {
  it.each([
    ['GET', '/nothing-here'],
    ['GET', '/data-sources/ds_mysql'],
    ['PUT', '/data-sources/ds_mysql'],
    ['POST', '/data-sources'],
    ['GET', '/integrations/'],
  ])('answers %s %s with a JSON 404 not_found', async (method, path) => {
    expectError(await env.admin.request(method, path), 404, 'not_found');
  });

  it('answers paths outside /api/v1 with a JSON 404 not_found', async () => {
    const response = await env.admin.fetch(`${env.servers.backendUrl}/integrations`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it('answers a path id that the contract’s Id schema refuses with 400 invalid_request', async () => {
    expectError(await env.admin.request('DELETE', '/data-sources/not.an.id'), 400, 'invalid_request');
    expectError(await env.admin.request('DELETE', '/data-sources/%E0%A4%A'), 400, 'invalid_request');
  });

  it('answers an id that fits the schema but names nothing with 404 not_found', async () => {
    expectError(await env.admin.request('DELETE', '/data-sources/ds_nothing'), 404, 'not_found');
    expectError(
      await env.admin.request('POST', '/integrations/nothing/authorizations', {
        json: { redirectUri: testRedirectUri },
      }),
      404,
      'not_found',
    );
  });
});

describe('request bodies', () => {
  const start = (body: Parameters<BackendClient['request']>[2]) =>
    env.admin.request('POST', '/integrations/stripe/authorizations', body);

  it('accepts application/json with a UTF-8 charset', async () => {
    const answer = await start({
      text: JSON.stringify({ redirectUri: testRedirectUri }),
      contentType: 'application/json; charset=UTF-8',
    });
    expect(answer.status).toBe(201);
  });

  it.each([
    ['text/plain', 'text/plain'],
    ['a form', 'application/x-www-form-urlencoded'],
    ['JSON in another charset', 'application/json; charset=iso-8859-1'],
  ])('refuses %s with 415', async (_case, contentType) => {
    expectError(
      await start({ text: JSON.stringify({ redirectUri: testRedirectUri }), contentType }),
      415,
      'invalid_request',
    );
  });

  it('refuses a body without a content type with 415', async () => {
    const response = await env.admin.fetch(`${env.servers.backendUrl}/api/v1/integrations/stripe/authorizations`, {
      method: 'POST',
      body: new Blob([JSON.stringify({ redirectUri: testRedirectUri })]),
    });
    expect(response.status).toBe(415);
  });

  it('refuses a body over 16 KiB with 413, and the connection still serves the next request', async () => {
    const padding = 'x'.repeat(16 * 1024);
    expectError(await start({ json: { redirectUri: `${testRedirectUri}?${padding}` } }), 413, 'invalid_request');
    expect((await env.admin.request('GET', '/integrations')).status).toBe(200);
  });

  it('refuses a body over 16 KiB sent without a length (chunked) with 413', async () => {
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let index = 0; index < 20; index += 1) controller.enqueue(new TextEncoder().encode(' '.repeat(1024)));
        controller.close();
      },
    });
    const response = await env.admin.fetch(`${env.servers.backendUrl}/api/v1/integrations/stripe/authorizations`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: chunks,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
  });

  it.each([
    ['malformed JSON', '{"redirectUri": '],
    ['an empty body', ''],
  ])('refuses %s with 400 invalid_request', async (_case, text) => {
    expectError(await start({ text, contentType: 'application/json' }), 400, 'invalid_request');
  });

  it('refuses bytes that are not UTF-8 with 400 invalid_request, saying why in the log', async () => {
    const response = await env.admin.fetch(`${env.servers.backendUrl}/api/v1/integrations/stripe/authorizations`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: new Uint8Array([0x22, 0xff, 0x22]),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: { code: 'invalid_request', message: errorMessages.invalid_request },
    });
    expect(env.servers.logged).toEqual([expect.stringContaining('The request body is not valid UTF-8.')]);
  });

  it.each([
    ['a missing redirectUri', {}],
    ['a relative redirectUri', { redirectUri: '/admin/connections/callback' }],
    ['a property the schema does not have', { redirectUri: testRedirectUri, scope: 'read_write' }],
    ['an array', [testRedirectUri]],
  ])('refuses %s, as openapi.json’s AuthorizationRequest does, with 400 invalid_request', async (_case, json) => {
    expectError(await start({ json }), 400, 'invalid_request');
  });

  it.each([
    ['both a code and an error', { state: 's', code: 'c', error: 'access_denied' }],
    ['neither a code nor an error', { state: 's' }],
    ['no state', { code: 'c' }],
    ['an empty code', { state: 's', code: '' }],
  ])('refuses a completion with %s (AuthorizationCompletion’s oneOf) with 400 invalid_request', async (_case, json) => {
    expectError(await env.admin.request('POST', '/authorizations/complete', { json }), 400, 'invalid_request');
  });
});
