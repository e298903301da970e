import type * as nodeCrypto from 'node:crypto';
import { timingSafeEqual } from 'node:crypto';
import { standInClientId, standInSecretKey } from '../../server/standin/demoCredentials';
import { consentAtStandIn } from './support/consentAtStandIn';
import { startStandIn, type TestStandIn } from './support/startStandIn';
import { testRedirectUri } from './support/testServers';

// node:crypto as the stand-in imports it, with timingSafeEqual watched: how long a comparison
// takes cannot be measured reliably in a test, but which comparison ran can be seen.
vi.mock('node:crypto', async (importOriginal) => {
  const crypto = await importOriginal<typeof nodeCrypto>();
  return { ...crypto, timingSafeEqual: vi.fn(crypto.timingSafeEqual) };
});

let standIn: TestStandIn;
beforeEach(async () => void (standIn = await startStandIn()));
afterEach(() => standIn.close());

async function newCode(): Promise<string> {
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: standInClientId,
    redirect_uri: testRedirectUri,
  });
  return (await consentAtStandIn(`${standIn.url}/oauth/authorize?${query}`)).code ?? '';
}

const basic = (key: string) => ({ Authorization: `Basic ${Buffer.from(`${key}:`).toString('base64')}` });

it.each([
  ['the right key as Basic credentials', basic(standInSecretKey), {}, 200],
  ['the right key as a Bearer token', { Authorization: `Bearer ${standInSecretKey}` }, {}, 200],
  ['the right key as client_secret', {}, { client_secret: standInSecretKey }, 200],
  ['a key that starts like it', basic(`${standInSecretKey.slice(0, -1)}x`), {}, 401],
  ['a shorter key', { Authorization: 'Bearer sk_test' }, {}, 401],
  ['a longer key as client_secret', {}, { client_secret: `${standInSecretKey}_and_more` }, 401],
])('compares %s with the secret key by timingSafeEqual, over equal lengths', async (_case, headers, fields, status) => {
  const code = await newCode();
  vi.mocked(timingSafeEqual).mockClear();
  const response = await fetch(`${standIn.url}/oauth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams({ grant_type: 'authorization_code', code, ...fields }),
  });
  expect(response.status).toBe(status);
  expect(timingSafeEqual).toHaveBeenCalledTimes(1);
  const [[candidate, secret] = []] = vi.mocked(timingSafeEqual).mock.calls;
  expect(candidate?.byteLength).toBe(secret?.byteLength);
});
