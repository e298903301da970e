import { standInSecretKey } from '../../server/standin/demoCredentials';
import { startStandIn, type TestStandIn } from './support/startStandIn';

let standIn: TestStandIn;
beforeAll(async () => void (standIn = await startStandIn()));
afterAll(() => standIn.close());

const formType = { 'Content-Type': 'application/x-www-form-urlencoded' };
const platformKey = { Authorization: `Bearer ${standInSecretKey}` };
const tooLarge = `grant_type=authorization_code&code=${'a'.repeat(16 * 1024)}`;

/** A body sent without a length, in two chunks, as a client streaming it would (chunked). */
function streamed(text: string): RequestInit {
  const bytes = new TextEncoder().encode(text);
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes.subarray(0, 100));
      controller.enqueue(bytes.subarray(100));
      controller.close();
    },
  });
  return { body, duplex: 'half' } as RequestInit;
}

function post(path: string, headers: Record<string, string>, init: RequestInit): Promise<Response> {
  return fetch(`${standIn.url}${path}`, { method: 'POST', headers, redirect: 'manual', ...init });
}

/** The same problem, on a page (an HTML error page) and on the platform API (Stripe's JSON error). */
async function expectProblem(path: string, response: Response, status: number, message: string): Promise<void> {
  expect(response.status).toBe(status);
  if (path === '/oauth/token') {
    expect(await response.json()).toEqual({ error: 'invalid_request', error_description: message });
  } else {
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain(message);
  }
}

describe.each(['/oauth/token', '/oauth/sign-in'])('a body POSTed to %s', (path) => {
  const headers = { ...formType, ...platformKey };

  it('over 16 KiB is refused with 413, by its length', async () => {
    const response = await post(path, headers, { body: tooLarge });
    await expectProblem(path, response, 413, 'The request body is larger than 16384 bytes.');
  });

  it('over 16 KiB is refused with 413 when sent without a length', async () => {
    const response = await post(path, headers, streamed(tooLarge));
    await expectProblem(path, response, 413, 'The request body is larger than 16384 bytes.');
  });

  it.each(['application/json', 'text/plain', 'application/x-www-form-urlencoded; charset=iso-8859-1'])(
    'of type %s is refused with 415',
    async (contentType) => {
      const response = await post(path, { ...platformKey, 'Content-Type': contentType }, { body: 'grant_type=x' });
      await expectProblem(path, response, 415, 'The request body must be application/x-www-form-urlencoded.');
    },
  );

  it('that is not UTF-8 is refused with 400', async () => {
    const response = await post(path, headers, { body: new Uint8Array([0x63, 0x6f, 0x64, 0x65, 0x3d, 0xff]) });
    await expectProblem(path, response, 400, 'The request body is not valid UTF-8.');
  });
});

it('reads a form declared UTF-8 as any other', async () => {
  const response = await post(
    '/oauth/token',
    { ...platformKey, 'Content-Type': `${formType['Content-Type']}; charset=UTF-8` },
    {
      body: 'grant_type=authorization_code&code=ac_made_up',
    },
  );
  expect(response.status).toBe(400);
  expect(await response.json()).toMatchObject({ error: 'invalid_grant' });
});

it.each([
  ['a target starting with //, as a path and not another host', '//evil.test/oauth/authorize'],
  ['a percent-encoded path, without decoding it into another route', '/oauth/%61uthorize'],
  ['a route with a trailing slash', '/oauth/authorize/'],
])('answers %s with the 404 page', async (_case, target) => {
  const response = await fetch(`${standIn.url}${target}`);
  expect(response.status).toBe(404);
  expect(await response.text()).toContain(`There is no page at ${target}.`);
  expect(standIn.requests.at(-1)).toBe(`GET ${target}`);
});

it('answers a method a route does not take with the 404 page', async () => {
  const response = await post('/oauth/authorize', formType, { body: '' });
  expect(response.status).toBe(404);
  expect(await response.text()).toContain('Page not found');
});
